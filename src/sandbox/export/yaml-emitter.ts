// A small YAML writer for CloudFormation templates, with the short-form intrinsic function tags
// (!Ref, !GetAtt, !Sub, !Base64). Strings are written plain only when that is unambiguous;
// everything else is double-quoted (a JSON string is a valid YAML double-quoted scalar).

export class Tagged {
  constructor(
    readonly tag: '!Ref' | '!GetAtt' | '!Sub' | '!Base64',
    readonly value: string,
  ) {}
}

export const ref = (logicalId: string): Tagged => new Tagged('!Ref', logicalId);
export const getAtt = (logicalId: string, attribute: string): Tagged =>
  new Tagged('!GetAtt', `${logicalId}.${attribute}`);
export const base64 = (text: string): Tagged => new Tagged('!Base64', text);

/** A comment line written above a mapping entry. */
export class Commented {
  constructor(
    readonly comment: string,
    readonly value: YamlValue,
  ) {}
}

export type YamlValue =
  | string
  | number
  | boolean
  | null
  | Tagged
  | Commented
  | YamlValue[]
  | { [key: string]: YamlValue | undefined };

const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/i;

export function scalar(value: string): string {
  const plain =
    /^[A-Za-z/][A-Za-z0-9_./:@+=,*()-]*$/.test(value) &&
    !RESERVED.test(value) &&
    !value.includes(': ') &&
    !value.endsWith(':') &&
    !value.includes(' #');
  return plain ? value : JSON.stringify(value);
}

function inline(value: YamlValue): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.includes('\n') ? undefined : scalar(value);
  if (value instanceof Tagged) return value.value.includes('\n') ? undefined : `${value.tag} ${scalar(value.value)}`;
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (!Array.isArray(value) && !(value instanceof Commented) && Object.keys(value).length === 0) return '{}';
  return undefined;
}

function block(text: string, indent: string, tag?: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return `${tag ? `${tag} ` : ''}|${text.endsWith('\n') ? '' : '-'}\n${lines.map((l) => (l === '' ? '' : `${indent}${l}`)).join('\n')}`;
}

function emit(value: YamlValue, indent: string): string[] {
  if (value instanceof Commented) return emit(value.value, indent);
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const one = inline(item);
      if (one !== undefined) return [`${indent}- ${one}`];
      const body = emit(item, `${indent}  `);
      const first = body[0]!.trimStart();
      return [`${indent}- ${first}`, ...body.slice(1)];
    });
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Tagged)) {
    const out: string[] = [];
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined) continue;
      if (v instanceof Commented) out.push(`${indent}# ${v.comment}`);
      const inner = v instanceof Commented ? v.value : v;
      const one = inline(inner);
      if (one !== undefined) out.push(`${indent}${scalar(key)}: ${one}`);
      else if (typeof inner === 'string') out.push(`${indent}${scalar(key)}: ${block(inner, `${indent}  `)}`);
      else if (inner instanceof Tagged)
        out.push(`${indent}${scalar(key)}: ${block(inner.value, `${indent}  `, inner.tag)}`);
      else out.push(`${indent}${scalar(key)}:`, ...emit(inner, `${indent}  `));
    }
    return out;
  }
  const one = inline(value);
  return [`${indent}${one ?? JSON.stringify(value)}`];
}

export function toYaml(value: YamlValue): string {
  return `${emit(value, '').join('\n')}\n`;
}

// Terraform (HCL) values: JSON documents become jsonencode({...}) object expressions, map
// arguments (tags) plain HCL maps, strings are escaped so Terraform does not read ${...} or %{...}
// in them as templates.

export function hclString(value: string): string {
  return JSON.stringify(value).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

/** A key in an object or map: bare when it is an identifier, quoted otherwise (and for the keywords null, true, false). */
function hclKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) && !['null', 'true', 'false'].includes(key) ? key : hclString(key);
}

/** A JSON value as an HCL expression, indented for nesting inside a block. */
export function hclValue(value: unknown, indent = ''): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      const flat = `[${value.map((v) => hclValue(v)).join(', ')}]`;
      if (flat.length <= 80) return flat;
    }
    return `[\n${value.map((v) => `${inner}${hclValue(v, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${hclKey(k)} = ${hclValue(v, inner)}`).join('\n')}\n${indent}}`;
}

/** Terraform's reference syntax as a marker: written unquoted. */
export class HclRef {
  constructor(readonly expression: string) {}
}

/**
 * An attribute's value. `json` is a JSON document (policies, container definitions) written as
 * jsonencode(...); `map` is a map(string) argument such as tags, written as a plain HCL map.
 */
export type Attr =
  | string
  | number
  | boolean
  | HclRef
  | string[]
  | { json: unknown }
  | { map: Readonly<Record<string, string>> }
  | { heredoc: string };

export interface HclBlock {
  kind: 'resource' | 'data';
  type: string;
  name: string;
  attributes: Array<[string, Attr]>;
  /** Nested blocks such as metadata_options { ... } or attribute { ... }. */
  blocks?: Array<{ name: string; attributes: Array<[string, Attr]> }>;
  comment?: string;
}

function attr(value: Attr, indent: string): string {
  if (value instanceof HclRef) return value.expression;
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(hclString).join(', ')}]`;
  if ('heredoc' in value) {
    const escaped = value.heredoc.replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
    return `<<-EOT\n${escaped
      .replace(/\n$/, '')
      .split('\n')
      .map((l) => `${indent}  ${l}`)
      .join('\n')}\n${indent}EOT`;
  }
  if ('map' in value) {
    const entries = Object.entries(value.map);
    if (entries.length === 0) return '{}';
    const width = Math.max(...entries.map(([k]) => hclKey(k).length));
    return `{\n${entries.map(([k, v]) => `${indent}  ${hclKey(k).padEnd(width)} = ${hclString(v)}`).join('\n')}\n${indent}}`;
  }
  return `jsonencode(${hclValue(value.json, indent)})`;
}

function attributes(list: Array<[string, Attr]>, indent: string): string[] {
  const width = Math.max(...list.map(([k]) => k.length));
  return list.map(([k, v]) => `${indent}${k.padEnd(width)} = ${attr(v, indent)}`);
}

export function renderBlock(b: HclBlock): string {
  const lines: string[] = [];
  if (b.comment) lines.push(`# ${b.comment}`);
  lines.push(`${b.kind} "${b.type}" "${b.name}" {`);
  if (b.attributes.length > 0) lines.push(...attributes(b.attributes, '  '));
  for (const nested of b.blocks ?? []) {
    lines.push('', `  ${nested.name} {`, ...attributes(nested.attributes, '    '), '  }');
  }
  lines.push('}');
  return lines.join('\n');
}

// Structure parameters as the AWS CLI takes them: shorthand (Name=app,Arn=...) or JSON, and lists
// of them (AttributeName=id,AttributeType=S AttributeName=sk,AttributeType=S).
// https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-shorthand.html

export type FieldTypes = Readonly<Record<string, 'string' | 'integer'>>;
export type StructureValue = Record<string, string | number>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function typeName(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

function coerce(flag: string, key: string, field: string, raw: unknown, fields: FieldTypes): Parsed<string | number> {
  const type = fields[field];
  if (type === undefined) {
    return {
      ok: false,
      message: `Parameter validation failed:\nUnknown parameter in ${typeName(key)}: "${field}", must be one of: ${Object.keys(fields).join(', ')}`,
    };
  }
  if (type === 'integer') {
    const n = typeof raw === 'number' ? raw : /^-?\d+$/.test(String(raw)) ? Number(raw) : Number.NaN;
    if (!Number.isInteger(n))
      return {
        ok: false,
        message: `Error parsing parameter '${flag}': invalid literal for int() with base 10: '${String(raw)}'`,
      };
    return { ok: true, value: n };
  }
  if (typeof raw !== 'string')
    return {
      ok: false,
      message: `Parameter validation failed:\nInvalid type for parameter ${typeName(key)}.${field}, value: ${JSON.stringify(raw)}, valid types: <class 'str'>`,
    };
  return { ok: true, value: raw };
}

function fromObject(flag: string, key: string, obj: unknown, fields: FieldTypes): Parsed<StructureValue> {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj))
    return {
      ok: false,
      message: `Error parsing parameter '${flag}': expected a structure such as ${Object.keys(fields)
        .map((f) => `${f}=...`)
        .join(',')}`,
    };
  const out: StructureValue = {};
  for (const [field, raw] of Object.entries(obj)) {
    const v = coerce(flag, key, field, raw, fields);
    if (!v.ok) return v;
    out[field] = v.value;
  }
  return { ok: true, value: out };
}

export function parseStructure(flag: string, key: string, text: string, fields: FieldTypes): Parsed<StructureValue> {
  if (text.trim().startsWith('{')) {
    try {
      return fromObject(flag, key, JSON.parse(text), fields);
    } catch (e) {
      return {
        ok: false,
        message: `Error parsing parameter '${flag}': Invalid JSON: ${e instanceof Error ? e.message : String(e)}\nJSON received: ${text}`,
      };
    }
  }
  const obj: Record<string, string> = {};
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0)
      return {
        ok: false,
        message: `Error parsing parameter '${flag}': Expected: '=', received: '${part.slice(-1) || 'EOF'}' for input:\n${text}`,
      };
    obj[part.slice(0, eq).trim()] = part.slice(eq + 1);
  }
  return fromObject(flag, key, obj, fields);
}

export function parseStructureList(
  flag: string,
  key: string,
  values: string[],
  fields: FieldTypes,
): Parsed<StructureValue[]> {
  if (values.length === 1 && values[0]!.trim().startsWith('[')) {
    let list: unknown;
    try {
      list = JSON.parse(values[0]!);
    } catch (e) {
      return {
        ok: false,
        message: `Error parsing parameter '${flag}': Invalid JSON: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
    if (!Array.isArray(list)) return { ok: false, message: `Error parsing parameter '${flag}': expected a list` };
    const out: StructureValue[] = [];
    for (const item of list) {
      const v = fromObject(flag, key, item, fields);
      if (!v.ok) return v;
      out.push(v.value);
    }
    return { ok: true, value: out };
  }
  const out: StructureValue[] = [];
  for (const text of values) {
    const v = parseStructure(flag, key, text, fields);
    if (!v.ok) return v;
    out.push(v.value);
  }
  return { ok: true, value: out };
}

/** Shorthand when every value is plain, JSON otherwise (values with commas or spaces). */
export function formatStructure(value: StructureValue): string {
  const entries = Object.entries(value);
  if (entries.every(([, v]) => typeof v === 'number' || /^[^,=\s'"{}[\]]*$/.test(v))) {
    return entries.map(([k, v]) => `${k}=${v}`).join(',');
  }
  return JSON.stringify(value);
}

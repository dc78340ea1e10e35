// Names for exported resources: CloudFormation logical ids (AppRoleRole) and Terraform resource
// names (app_role), unique within their kind.

export class NameBook {
  private readonly used = new Set<string>();
  private readonly byKey = new Map<string, string>();

  constructor(private readonly style: 'pascal' | 'snake') {}

  /** The name for `key` (stable: asking again returns the same name). */
  name(key: string, base: string, suffix = ''): string {
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const stem = this.style === 'pascal' ? pascal(base) + suffix : snake(base) + (suffix ? `_${snake(suffix)}` : '');
    let candidate = stem;
    for (let i = 2; this.used.has(candidate); i++) candidate = this.style === 'pascal' ? `${stem}${i}` : `${stem}_${i}`;
    this.used.add(candidate);
    this.byKey.set(key, candidate);
    return candidate;
  }

  lookup(key: string): string | undefined {
    return this.byKey.get(key);
  }
}

export function pascal(text: string): string {
  const out = text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  return /^[A-Za-z]/.test(out) ? out : `R${out}`;
}

export function snake(text: string): string {
  const out = text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('_');
  return /^[a-z_]/.test(out) ? out : `r_${out}`;
}

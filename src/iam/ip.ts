// IP address and CIDR matching for the IpAddress / NotIpAddress operators (IPv4 and IPv6).

function parseIPv4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const v = Number(part);
    if (v > 255) return undefined;
    n = (n << 8n) | BigInt(v);
  }
  return n;
}

function parseIPv6(s: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(s)) return undefined;
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const toGroups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups: number[] = [];
    const items = part.split(':');
    for (let i = 0; i < items.length; i++) {
      const item = items[i] ?? '';
      if (i === items.length - 1 && item.includes('.')) {
        const v4 = parseIPv4(item);
        if (v4 === undefined) return undefined;
        groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(item)) return undefined;
      groups.push(Number.parseInt(item, 16));
    }
    return groups;
  };
  const head = toGroups(halves[0] ?? '');
  const tail = halves.length === 2 ? toGroups(halves[1] ?? '') : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...new Array<number>(Math.max(0, missing)).fill(0), ...tail];
  let n = 0n;
  for (const g of groups) n = (n << 16n) | BigInt(g);
  return n;
}

interface ParsedIp {
  value: bigint;
  bits: number;
}

function parseIp(s: string): ParsedIp | undefined {
  const v4 = parseIPv4(s);
  if (v4 !== undefined) return { value: v4, bits: 32 };
  const v6 = parseIPv6(s);
  if (v6 !== undefined) return { value: v6, bits: 128 };
  return undefined;
}

interface ParsedCidr {
  bits: number;
  shift: bigint;
  network: bigint;
}

// The same few addresses and ranges are checked over and over, so parsed forms are cached.
const ipCache = new Map<string, ParsedIp | null>();
const cidrCache = new Map<string, ParsedCidr | null>();
const CACHE_LIMIT = 2000;

function cachedIp(s: string): ParsedIp | undefined {
  let hit = ipCache.get(s);
  if (hit === undefined) {
    hit = parseIp(s.trim()) ?? null;
    if (ipCache.size >= CACHE_LIMIT) ipCache.clear();
    ipCache.set(s, hit);
  }
  return hit ?? undefined;
}

function parseCidr(cidr: string): ParsedCidr | undefined {
  const slash = cidr.indexOf('/');
  const base = parseIp((slash >= 0 ? cidr.slice(0, slash) : cidr).trim());
  if (!base) return undefined;
  let prefix = base.bits;
  if (slash >= 0) {
    const p = cidr.slice(slash + 1);
    if (!/^\d{1,3}$/.test(p)) return undefined;
    prefix = Number(p);
    if (prefix > base.bits) return undefined;
  }
  const shift = BigInt(base.bits - prefix);
  return { bits: base.bits, shift, network: base.value >> shift };
}

/** True when `ip` falls inside `cidr` ("203.0.113.0/24", "2001:db8::/32", or a bare address). */
export function ipInCidr(ip: string, cidr: string): boolean {
  let range = cidrCache.get(cidr);
  if (range === undefined) {
    range = parseCidr(cidr) ?? null;
    if (cidrCache.size >= CACHE_LIMIT) cidrCache.clear();
    cidrCache.set(cidr, range);
  }
  const addr = cachedIp(ip);
  if (!range || !addr || range.bits !== addr.bits) return false;
  return addr.value >> range.shift === range.network;
}

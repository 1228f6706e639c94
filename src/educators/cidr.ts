/**
 * IPv4 address ranges as the misconfiguration simulator needs them: parsing CIDR notation with a
 * reason for every rejection, containment, and arithmetic on sets of addresses kept as sorted,
 * non-overlapping intervals of 32-bit numbers (so "who can reach the database?" is exact, not sampled).
 * Reasons are codes with values; result-text.ts puts them into words from content/strings.json.
 */

/** A closed interval of IPv4 addresses as unsigned 32-bit numbers, `first <= last`. */
export interface AddressInterval {
  first: number;
  last: number;
}

/** A parsed CIDR block, such as 10.0.0.0/8. */
export interface Cidr {
  /** The network address as an unsigned 32-bit number. */
  network: number;
  /** Prefix length, 0 to 32. */
  prefix: number;
}

/** Why an address, a range or another cell could not be read; the message templates live in strings.json (educators.simulator.problems). */
export type ProblemCode =
  | 'address-not-ipv4'
  | 'address-octet'
  | 'address-ipv6'
  | 'address-slashes'
  | 'address-prefix'
  | 'address-host-bits'
  | 'address-empty'
  | 'address-empty-item'
  | 'tag-unknown'
  | 'tag-not-modelled'
  | 'tag-combined'
  | 'priority-not-number'
  | 'priority-range'
  | 'priority-duplicate'
  | 'name-empty'
  | 'name-too-long'
  | 'name-characters'
  | 'name-duplicate'
  | 'access-invalid'
  | 'protocol-invalid'
  | 'protocol-not-modelled'
  | 'port-empty'
  | 'port-empty-item'
  | 'port-not-number'
  | 'port-too-high'
  | 'port-reversed'
  | 'port-icmp';

/** A reason with the values its message needs. */
export interface Problem {
  code: ProblemCode;
  values: Record<string, string | number>;
}

/** Either a value or the reason it could not be read. */
export type Parsed<T> = { ok: true; value: T } | ({ ok: false } & Problem);

/** A failed parse. */
export const fail = (code: ProblemCode, values: Record<string, string | number> = {}): { ok: false } & Problem => ({
  ok: false,
  code,
  values,
});

const ADDRESS_COUNT = 2 ** 32;

/** The IPv4 address "a.b.c.d" as an unsigned 32-bit number. */
export function parseIPv4(text: string): Parsed<number> {
  const parts = text.split('.');
  if (parts.length !== 4) return fail('address-not-ipv4', { text });
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return fail('address-octet', { part, text });
    value = value * 256 + Number(part);
  }
  return { ok: true, value };
}

/** The address a.b.c.d as a number, for addresses written in code. */
export const ipv4 = (a: number, b: number, c: number, d: number): number => ((a * 256 + b) * 256 + c) * 256 + d;

/** "a.b.c.d" from an unsigned 32-bit number. */
export function formatIPv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/**
 * A CIDR block from "a.b.c.d/n"; a bare address means /32. Host bits must be zero, as Azure
 * requires, and the reason carries the block that was probably meant.
 */
export function parseCidr(text: string): Parsed<Cidr> {
  const trimmed = text.trim();
  if (trimmed.includes(':')) return fail('address-ipv6', { text: trimmed });
  const [addressText = '', prefixText, ...rest] = trimmed.split('/');
  if (rest.length > 0) return fail('address-slashes', { text: trimmed });
  const address = parseIPv4(addressText);
  if (!address.ok) return address;
  if (prefixText === undefined) return { ok: true, value: { network: address.value, prefix: 32 } };
  if (!/^\d{1,2}$/.test(prefixText) || Number(prefixText) > 32)
    return fail('address-prefix', { prefix: prefixText, text: trimmed });
  const prefix = Number(prefixText);
  const size = 2 ** (32 - prefix);
  const network = Math.floor(address.value / size) * size;
  if (network !== address.value)
    return fail('address-host-bits', { text: trimmed, prefix, suggestion: `${formatIPv4(network)}/${prefix}` });
  return { ok: true, value: { network, prefix } };
}

/** The addresses a CIDR block covers, as one interval. */
export function cidrInterval(cidr: Cidr): AddressInterval {
  return { first: cidr.network, last: cidr.network + 2 ** (32 - cidr.prefix) - 1 };
}

/** True when `address` lies inside `cidr`. */
export function cidrContains(cidr: Cidr, address: number): boolean {
  const { first, last } = cidrInterval(cidr);
  return address >= first && address <= last;
}

/** Sorts and merges intervals so that none overlap or touch. Does not mutate its input. */
export function normaliseIntervals(intervals: readonly AddressInterval[]): AddressInterval[] {
  const sorted = [...intervals].sort((a, b) => a.first - b.first);
  const merged: AddressInterval[] = [];
  for (const interval of sorted) {
    const previous = merged.at(-1);
    if (previous && interval.first <= previous.last + 1) previous.last = Math.max(previous.last, interval.last);
    else merged.push({ ...interval });
  }
  return merged;
}

/** Addresses in both sets. */
export function intersectIntervals(a: readonly AddressInterval[], b: readonly AddressInterval[]): AddressInterval[] {
  const result: AddressInterval[] = [];
  for (const x of normaliseIntervals(a)) {
    for (const y of normaliseIntervals(b)) {
      const first = Math.max(x.first, y.first);
      const last = Math.min(x.last, y.last);
      if (first <= last) result.push({ first, last });
    }
  }
  return normaliseIntervals(result);
}

/** Addresses in `a` but not in `b`. */
export function subtractIntervals(a: readonly AddressInterval[], b: readonly AddressInterval[]): AddressInterval[] {
  let remaining = normaliseIntervals(a);
  for (const cut of normaliseIntervals(b)) {
    remaining = remaining.flatMap((interval) => {
      if (cut.last < interval.first || cut.first > interval.last) return [interval];
      const pieces: AddressInterval[] = [];
      if (cut.first > interval.first) pieces.push({ first: interval.first, last: cut.first - 1 });
      if (cut.last < interval.last) pieces.push({ first: cut.last + 1, last: interval.last });
      return pieces;
    });
  }
  return remaining;
}

/** How many addresses a set holds. */
export function countAddresses(intervals: readonly AddressInterval[]): number {
  return normaliseIntervals(intervals).reduce((sum, { first, last }) => sum + last - first + 1, 0);
}

/** True when any interval of the set holds `address`. */
export function intervalsContain(intervals: readonly AddressInterval[], address: number): boolean {
  return intervals.some(({ first, last }) => address >= first && address <= last);
}

/** Every IPv4 address. */
export const allAddresses: readonly AddressInterval[] = [{ first: 0, last: ADDRESS_COUNT - 1 }];

/**
 * Ranges that are not routed on the public internet: "this network", private networks,
 * carrier-grade NAT, loopback, link-local, and multicast plus reserved space. The
 * documentation ranges are kept as "internet" because the simulator uses them to stand
 * for public addresses.
 */
export const nonPublicRanges: readonly string[] = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '224.0.0.0/3',
];

/** The intervals of CIDR blocks written in code; throws on a typo, so a bad constant fails at once. */
export function intervalsOf(ranges: readonly string[]): AddressInterval[] {
  return ranges.map((range) => {
    const parsed = parseCidr(range);
    if (!parsed.ok) throw new Error(`${range}: ${parsed.code}`);
    return cidrInterval(parsed.value);
  });
}

/** Every address outside `nonPublicRanges`. */
export const routableAddresses: readonly AddressInterval[] = subtractIntervals(
  allAddresses,
  intervalsOf(nonPublicRanges),
);

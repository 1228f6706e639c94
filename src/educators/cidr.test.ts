import { describe, expect, test } from 'vitest';
import {
  cidrContains,
  cidrInterval,
  countAddresses,
  formatIPv4,
  intersectIntervals,
  parseCidr,
  ipv4,
  parseIPv4,
  routableAddresses,
  subtractIntervals,
} from './cidr.ts';

const cidr = (text: string) => {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(parsed.code);
  return parsed.value;
};
const ip = (text: string) => {
  const parsed = parseIPv4(text);
  if (!parsed.ok) throw new Error(parsed.code);
  return parsed.value;
};

describe('parseIPv4', () => {
  test('ipv4(a, b, c, d) is the number parseIPv4 gives', () => {
    expect(ipv4(192, 0, 2, 10)).toBe(ip('192.0.2.10'));
  });
  test('parseIPv4("192.0.2.10") round-trips through formatIPv4', () => {
    expect(formatIPv4(ip('192.0.2.10'))).toBe('192.0.2.10');
    expect(ip('0.0.0.1')).toBe(1);
    expect(ip('255.255.255.255')).toBe(2 ** 32 - 1);
  });
  test('parseIPv4 rejects octets above 255, missing parts and letters with a message naming the part', () => {
    expect(parseIPv4('192.0.2.256')).toMatchObject({ ok: false, code: 'address-octet', values: { part: '256' } });
    expect(parseIPv4('192.0.2')).toMatchObject({ ok: false, code: 'address-not-ipv4' });
    expect(parseIPv4('192.0.x.1')).toMatchObject({ ok: false, code: 'address-octet', values: { part: 'x' } });
  });
});

describe('parseCidr', () => {
  test('parseCidr("10.0.0.0/8") covers 10.0.0.0 to 10.255.255.255', () => {
    const { first, last } = cidrInterval(cidr('10.0.0.0/8'));
    expect([formatIPv4(first), formatIPv4(last)]).toEqual(['10.0.0.0', '10.255.255.255']);
  });
  test('parseCidr treats a bare address as /32 and 0.0.0.0/0 as everything', () => {
    expect(cidr('198.51.100.7')).toEqual({ network: ip('198.51.100.7'), prefix: 32 });
    expect(countAddresses([cidrInterval(cidr('0.0.0.0/0'))])).toBe(2 ** 32);
  });
  test('parseCidr rejects host bits and suggests the network', () => {
    expect(parseCidr('10.1.2.3/8')).toMatchObject({
      ok: false,
      code: 'address-host-bits',
      values: { suggestion: '10.0.0.0/8' },
    });
  });
  test('parseCidr rejects prefixes above 32, IPv6 and a second slash', () => {
    expect(parseCidr('10.0.0.0/33').ok).toBe(false);
    expect(parseCidr('10.0.0.0/').ok).toBe(false);
    expect(parseCidr('2001:db8::/32')).toMatchObject({ ok: false, code: 'address-ipv6' });
    expect(parseCidr('10.0.0.0/8/8').ok).toBe(false);
  });
});

describe('cidrContains', () => {
  test('cidrContains(203.0.113.0/24, …) includes both ends and nothing outside', () => {
    const block = cidr('203.0.113.0/24');
    expect(cidrContains(block, ip('203.0.113.0'))).toBe(true);
    expect(cidrContains(block, ip('203.0.113.255'))).toBe(true);
    expect(cidrContains(block, ip('203.0.114.0'))).toBe(false);
    expect(cidrContains(block, ip('203.0.112.255'))).toBe(false);
  });
});

describe('interval sets', () => {
  test('subtractIntervals cuts a hole and intersectIntervals keeps the overlap', () => {
    const all = [cidrInterval(cidr('10.0.0.0/8'))];
    const hole = [cidrInterval(cidr('10.20.0.0/16'))];
    expect(countAddresses(subtractIntervals(all, hole))).toBe(2 ** 24 - 2 ** 16);
    expect(intersectIntervals(all, hole)).toEqual(hole);
  });
  test('routableAddresses leaves out private ranges but keeps the documentation ranges', () => {
    const has = (address: string) =>
      routableAddresses.some(({ first, last }) => ip(address) >= first && ip(address) <= last);
    expect(has('10.1.2.3')).toBe(false);
    expect(has('192.168.0.1')).toBe(false);
    expect(has('172.16.5.4')).toBe(false);
    expect(has('203.0.113.9')).toBe(true);
    expect(has('198.51.100.1')).toBe(true);
  });
});

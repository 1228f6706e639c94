import { describe, expect, test } from 'vitest';
import { findPersonalData, findPersonalDataInStrings, passesLuhn } from './personal-data.ts';

const rules = (text: string) => findPersonalData(text).map((finding) => `${finding.rule}:${finding.match}`);

describe('findPersonalData(text)', () => {
  test('finds e-mail addresses outside the reserved domains', () => {
    expect(rules('write to jane@gmail.com or ops@corp.co.uk')).toEqual([
      'email:jane@gmail.com',
      'email:ops@corp.co.uk',
    ]);
  });
  test('allows example.com/.org/.net, contoso.com, .test and .invalid', () => {
    expect(rules('a@example.com b@example.org c@mail.example.net XYZ@contoso.com d@host.test e@x.invalid')).toEqual([]);
  });
  test('finds public IPv4 addresses and allows documentation and private ranges', () => {
    expect(rules('8.8.8.8 and 52.1.2.3')).toEqual(['ipv4:8.8.8.8', 'ipv4:52.1.2.3']);
    expect(rules('192.0.2.1 198.51.100.9 203.0.113.200 10.0.0.1 0.0.0.0/0 192.168.1.1')).toEqual([]);
  });
  test('ignores version numbers and invalid octets', () => {
    expect(rules('Chromium 156.0.8078.73 and 999.1.1.1 and v1.2.3')).toEqual([]);
  });
  test('finds public IPv6 addresses and allows 2001:db8::/32', () => {
    expect(rules('2a00:1450:4009:81f::200e')).toEqual(['ipv6:2a00:1450:4009:81f::200e']);
    expect(rules('2001:db8::1 and 2001:0db8:85a3::8a2e:370:7334')).toEqual([]);
  });
  test('does not take clock times or CSS pseudo-elements for IPv6', () => {
    expect(rules('at 05:04:47 UTC, a::before and p::first-line')).toEqual([]);
  });
  test('finds phone numbers and allows fictional 555-01xx numbers', () => {
    expect(rules('call (425) 882-8080 or +44 20 7946 1234')).toEqual([
      'phone:(425) 882-8080',
      'phone:+44 20 7946 1234',
    ]);
    expect(rules('call +1 425 555 0100 or (206) 555-0199')).toEqual([]);
  });
  test('does not take dates, years or record counts for phone numbers', () => {
    expect(rules('2019-12-05, 2005-2019, 250000000 records, 763,117,241 emails, 1.2 billion')).toEqual([]);
  });
  test('finds card numbers that pass the Luhn check only', () => {
    expect(rules('card 4539 1488 0343 6467')).toEqual(['card:4539 1488 0343 6467']);
    expect(rules('order 1234 5678 9012 3456')).toEqual([]);
  });
  test('does not take digits inside a content hash for a card number', () => {
    expect(rules('revision:"f4d08a508f5139633267530ca4b555bb"')).toEqual([]);
  });

  test('does not take the fraction digits of a decimal for a card number', () => {
    expect(rules('<rect x="0.35200000000000004" y="12.3999999999999915"/>')).toEqual([]);
    expect(rules('card:4539148803436467')).toEqual(['card:4539148803436467']);
  });
  // Found by the fast-check properties (personal-data.property.test.ts):
  test('finds a short compressed global IPv6 address', () => {
    expect(rules('from 2a00:1450:: and 2000::')).toEqual(['ipv6:2a00:1450::', 'ipv6:2000::']);
  });
  test('does not take digits inside an address at a reserved domain for a card number', () => {
    expect(rules('a151528-8266287@example.com')).toEqual([]);
  });
  test('treats 555-01xx as fictional in North American numbers only', () => {
    expect(rules('+44 20 0555 0100')).toEqual(['phone:+44 20 0555 0100']);
    expect(rules('+1 425 555 0142')).toEqual([]);
  });
});

describe('passesLuhn(digits)', () => {
  test('accepts a valid checksum and rejects a changed digit', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398714')).toBe(false);
  });
});

describe('findPersonalDataInStrings(value)', () => {
  test('scans every string with its path, and no number, however card-like', () => {
    const findings = findPersonalDataInStrings([
      { note: 'see 8.8.4.4', total: 4411904342470820, ids: ['a', 'x@gmail.com'] },
    ]);
    expect(findings.map((finding) => `${finding.path} ${finding.rule}`)).toEqual(['[0].note ipv4', '[0].ids[1] email']);
  });
});

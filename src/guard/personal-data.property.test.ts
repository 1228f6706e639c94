/**
 * Properties of the personal-data guard: every generated real-looking e-mail address, IPv4 or
 * IPv6 address, phone number and Luhn-valid card number is found, in running text, and every
 * reserved example passes. The reserved ranges are written out here from their RFCs, not taken
 * from the guard, so a test cannot agree with a wrong guard by construction.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runs } from '../schemas/arbitraries.ts';
import { findPersonalData, type PersonalDataFinding } from './personal-data.ts';

/** Sentences around a value, as it would sit in a note or a page. */
const inText = (value: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.constantFrom('', 'See ', 'Contact: ', '(', 'was '),
      value,
      fc.constantFrom('', '.', ' today.', ')', ', then'),
    )
    .map(([before, middle, after]) => ({ value: middle, text: `${before}${middle}${after}` }));

const rulesFound = (text: string): PersonalDataFinding['rule'][] =>
  findPersonalData(text).map((finding) => finding.rule);

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6})?$/);
const localPart = fc.stringMatching(/^[a-z][a-z0-9]{0,10}([._+-][a-z0-9]{1,8})?$/);
const reservedDomain = /(^|\.)(example\.(com|org|net)|contoso\.com|[a-z0-9-]+\.(test|invalid))$/i;

describe('e-mail addresses', () => {
  const realDomain = fc
    .tuple(
      fc.array(label, { minLength: 1, maxLength: 2 }),
      fc.constantFrom('com', 'org', 'net', 'de', 'co.uk', 'io', 'fr', 'info'),
    )
    .map(([labels, tld]) => `${labels.join('.')}.${tld}`)
    .filter((domain) => !reservedDomain.test(domain));
  const address = fc
    .tuple(localPart, realDomain, fc.boolean())
    .map(([local, domain, upper]) => (upper ? `${local}@${domain}`.toUpperCase() : `${local}@${domain}`));

  test('every real-looking address is found', () => {
    fc.assert(
      fc.property(inText(address), ({ text }) => {
        expect(rulesFound(text)).toEqual(['email']);
      }),
      runs(300),
    );
  });
  test('every address at a reserved domain passes', () => {
    const reserved = fc
      .tuple(
        localPart,
        fc.constantFrom('example.com', 'example.org', 'example.net', 'contoso.com', 'mail.example.com'),
        label,
        fc.constantFrom('test', 'invalid'),
      )
      .chain(([local, domain, name, tld]) => fc.constantFrom(`${local}@${domain}`, `${local}@${name}.${tld}`));
    fc.assert(
      fc.property(inText(reserved), ({ text }) => {
        expect(rulesFound(text)).toEqual([]);
      }),
      runs(300),
    );
  });
});

describe('IPv4 addresses', () => {
  /** Not public (RFC 6890 special-purpose and documentation blocks): what the guard may let through. */
  const isSpecialPurpose = ([a, b, c]: number[]) =>
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a! >= 224 ||
    (a === 100 && b! >= 64 && b! <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) ||
    (a === 198 && (b === 18 || b === 19)) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113);
  const octet = fc.integer({ min: 0, max: 255 });
  const publicAddress = fc
    .tuple(octet, octet, octet, octet)
    .filter((octets) => !isSpecialPurpose(octets))
    .map((octets) => octets.join('.'));

  test('every public address is found', () => {
    fc.assert(
      fc.property(inText(publicAddress), ({ text }) => {
        expect(rulesFound(text)).toEqual(['ipv4']);
      }),
      runs(500),
    );
  });
  test('every documentation address (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) passes', () => {
    const documentation = fc
      .tuple(fc.constantFrom('192.0.2', '198.51.100', '203.0.113'), octet)
      .map(([prefix, last]) => `${prefix}.${last}`);
    fc.assert(
      fc.property(inText(documentation), ({ text }) => {
        expect(rulesFound(text)).toEqual([]);
      }),
      runs(200),
    );
  });
});

describe('IPv6 addresses', () => {
  const group = fc.integer({ min: 0, max: 0xffff }).map((value) => value.toString(16));
  /** Eight groups written in full, or with the longest run of zero groups as "::" (RFC 5952), in either case. */
  const written = (groups: string[], compress: boolean, upper: boolean) => {
    let text = groups.join(':');
    if (compress) {
      const runs = [...groups.join(':').matchAll(/(?:^|:)(0(?::0)+)(?=:|$)/g)].sort(
        (x, y) => y[1]!.length - x[1]!.length,
      );
      const run = runs[0];
      if (run) text = `${text.slice(0, run.index)}::${text.slice(run.index + run[0].length).replace(/^:/, '')}`;
    }
    return upper ? text.toUpperCase() : text;
  };
  const withZeros = fc.array(fc.oneof(group, fc.constant('0'), fc.constant('0')), { minLength: 6, maxLength: 6 });
  /** Global unicast (2000::/3) outside 2001:db8::/32. */
  const globalAddress = fc
    .tuple(fc.integer({ min: 0x2000, max: 0x3fff }), group, withZeros, fc.boolean(), fc.boolean())
    .filter(([first, second]) => !(first === 0x2001 && second === 'db8'))
    .map(([first, second, rest, compress, upper]) => written([first.toString(16), second, ...rest], compress, upper));
  const documentation = fc
    .tuple(withZeros, fc.boolean(), fc.boolean())
    .map(([rest, compress, upper]) => written(['2001', 'db8', ...rest], compress, upper));

  test('every global address is found, full or compressed', () => {
    fc.assert(
      fc.property(inText(globalAddress), ({ text }) => {
        expect(rulesFound(text)).toEqual(['ipv6']);
      }),
      runs(500),
    );
  });
  test('every documentation address (2001:db8::/32) passes, full or compressed', () => {
    fc.assert(
      fc.property(inText(documentation), ({ text }) => {
        expect(rulesFound(text)).toEqual([]);
      }),
      runs(300),
    );
  });
});

describe('phone numbers', () => {
  const digits = (count: number) => fc.stringMatching(new RegExp(`^[0-9]{${count}}$`));
  const area = fc.integer({ min: 201, max: 989 }).map(String);
  const exchange = fc.integer({ min: 200, max: 999 }).map(String);
  /** North American numbers in the ways people write them; international ones with a country code. */
  const formats = (a: string, exchangePart: string, line: string) => [
    `+1 ${a} ${exchangePart} ${line}`,
    `+1-${a}-${exchangePart}-${line}`,
    `(${a}) ${exchangePart}-${line}`,
    `${a}-${exchangePart}-${line}`,
    `${a}.${exchangePart}.${line}`,
    `${a} ${exchangePart} ${line}`,
  ];
  const nanp = fc
    .tuple(area, exchange, digits(4))
    .filter(([, exchangePart, line]) => !(exchangePart === '555' && /^01/.test(line)))
    .chain(([a, exchangePart, line]) => fc.constantFrom(...formats(a, exchangePart, line)));
  const international = fc
    .tuple(fc.constantFrom('44', '49', '33', '31', '61'), digits(2), digits(4), digits(4))
    .map(([country, city, first, second]) => `+${country} ${city} ${first} ${second}`);

  test('every real-looking number is found', () => {
    fc.assert(
      fc.property(inText(fc.oneof(nanp, international)), ({ text }) => {
        expect(rulesFound(text)).toEqual(['phone']);
      }),
      runs(500),
    );
  });
  test('every fictional 555-0100 to 555-0199 number passes', () => {
    const fictional = fc
      .tuple(area, fc.integer({ min: 0, max: 99 }))
      .chain(([a, last]) => fc.constantFrom(...formats(a, '555', `01${String(last).padStart(2, '0')}`)));
    fc.assert(
      fc.property(inText(fictional), ({ text }) => {
        expect(rulesFound(text)).toEqual([]);
      }),
      runs(300),
    );
  });
});

describe('payment card numbers', () => {
  /** The Luhn check digit for `body`. */
  const checkDigit = (body: string) => {
    let sum = 0;
    for (let i = 0; i < body.length; i++) {
      let digit = Number(body[body.length - 1 - i]);
      if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    return String((10 - (sum % 10)) % 10);
  };
  const card = fc
    .tuple(
      fc.constantFrom('4', '51', '55', '34', '37', '6011', '35'),
      fc.integer({ min: 13, max: 19 }),
      fc.infiniteStream(fc.integer({ min: 0, max: 9 })),
      fc.constantFrom('', ' ', '-'),
    )
    .map(([prefix, length, stream, separator]) => {
      const body = prefix + [...stream.take(length - prefix.length - 1)].join('');
      const number = body + checkDigit(body);
      return separator ? number.replace(/(\d{4})(?=\d)/g, `$1${separator}`) : number;
    });

  test('every Luhn-valid number of 13 to 19 digits is found, grouped or not', () => {
    fc.assert(
      fc.property(inText(card), ({ text }) => {
        expect(rulesFound(text)).toEqual(['card']);
      }),
      runs(500),
    );
  });
});

/**
 * The non-identifying guard. It finds e-mail addresses, IP addresses, phone numbers and payment
 * card numbers in text, and lets through only the values reserved for examples: the domains
 * example.com/.org/.net, *.test, *.invalid and contoso.com (Microsoft's fictional company), the
 * documentation IP ranges, and fictional 555-01xx phone numbers. The data build runs it over
 * every raw cell and output, and the test suite runs it over the built site.
 */

/** One suspected piece of personal data. */
export interface PersonalDataFinding {
  rule: 'email' | 'ipv4' | 'ipv6' | 'phone' | 'card';
  /** The text that matched. */
  match: string;
  /** Offset of the match in the scanned text. */
  index: number;
}

/** What each rule finds, in words, for error messages ("looks like a real IP address"). */
export const personalDataNames: Record<PersonalDataFinding['rule'], string> = {
  email: 'e-mail address',
  ipv4: 'IP address',
  ipv6: 'IP address',
  phone: 'phone number',
  card: 'card number',
};

/** How to fix each finding, for error messages. */
export const personalDataFixes: Record<PersonalDataFinding['rule'], string> = {
  email: 'use an address at a reserved domain, such as someone@example.com or XYZ@contoso.com',
  ipv4: 'use a documentation address from 192.0.2.0/24, 198.51.100.0/24 or 203.0.113.0/24',
  ipv6: 'use a documentation address from 2001:db8::/32',
  phone: 'use a fictional number in the 555-0100 to 555-0199 range, such as +1 425 555 0100',
  card: 'describe the card ("a card number") instead of writing one',
};

const reservedDomain = /(^|\.)(example\.(com|org|net)|contoso\.com|[a-z0-9-]+\.(test|invalid))$/i;
const emailPattern = /[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})/gi;

/** True when an IPv4 address is not a public address (documentation, private or special use). */
export function isReservedIPv4(octets: readonly number[]): boolean {
  const [a, b, c] = octets as [number, number, number, number];
  return (
    (a === 192 && b === 0 && c === 2) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113) ||
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19))
  );
}

const ipv4Pattern = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)/g;
/** Full (eight groups) or compressed with "::" in the middle, at the end or at the start. */
const ipv6Forms = [
  '(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}',
  '(?:[0-9a-f]{1,4}:){1,6}(?::[0-9a-f]{1,4}){1,6}',
  '(?:[0-9a-f]{1,4}:){1,7}:',
  '::(?:[0-9a-f]{1,4}:){1,6}[0-9a-f]{1,4}',
];
const ipv6Pattern = new RegExp(`(?<![0-9a-f:])(?:${ipv6Forms.join('|')})(?![0-9a-f:])`, 'gi');
const phonePattern =
  /(?<![\w+.-])(?<!\d[ .-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}(?![\w.-]*\d)(?! \d)/g;
// Written as card numbers are: 13 to 19 digits in one run, in groups of four (the last group
// shorter), or in 4-6-5 / 4-6-4 groups (American Express, Diners), with one kind of separator.
// Never glued to a letter or digit (an id such as a151528-8266287@example.com is no card), nor
// after "<digit>." (the fraction digits of 0.35200000000000004 in SVG coordinates).
const cardPattern =
  /(?<!\w|\d\.)(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5})(?!\w)/g;

/** True when an IPv6 address lies in 2001:db8::/32, loopback, link-local or unique-local space. */
function isReservedIPv6(address: string): boolean {
  const lower = address.toLowerCase();
  return /^2001:0?db8:/.test(lower) || lower === '::1' || /^fe[89ab]/.test(lower) || /^f[cd]/.test(lower);
}

/** Luhn checksum, as used by payment cards. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Fictional NANP numbers: 555-0100 to 555-0199. */
function isFictionalPhone(digits: string): boolean {
  // NANP only: ten digits, or eleven with the country code 1. +44 20 0555 0100 is a real UK number.
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  return /^\d{3}55501\d\d$/.test(national);
}

/** Every suspected piece of personal data in `text`, in order of position. */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const cards: PersonalDataFinding[] = [];
  for (const match of text.matchAll(emailPattern)) {
    if (!reservedDomain.test(match[1] ?? '')) findings.push({ rule: 'email', match: match[0], index: match.index });
  }
  for (const match of text.matchAll(ipv4Pattern)) {
    const octets = match.slice(1, 5).map(Number);
    if (octets.every((octet) => octet <= 255) && !isReservedIPv4(octets)) {
      findings.push({ rule: 'ipv4', match: match[0], index: match.index });
    }
  }
  for (const match of text.matchAll(ipv6Pattern)) {
    const groups = match[0].split(':').filter(Boolean);
    // Needs at least three groups and a letter or a long group, so clock times and CSS
    // pseudo-elements are not taken for addresses; or a four-digit global-unicast first group
    // (2000::/3), which short compressed addresses such as 2a00:1450:: have.
    const globalUnicast = /^[23][0-9a-f]{3}:/i.test(match[0]);
    const addressLike = groups.length >= 3 && groups.some((group) => /[a-f]/i.test(group) || group.length === 4);
    if ((addressLike || globalUnicast) && !isReservedIPv6(match[0])) {
      findings.push({ rule: 'ipv6', match: match[0], index: match.index });
    }
  }
  for (const match of text.matchAll(cardPattern)) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) {
      cards.push({ rule: 'card', match: match[0], index: match.index });
    }
  }
  for (const match of text.matchAll(phonePattern)) {
    const digits = match[0].replace(/\D/g, '');
    const insideCard = cards.some(
      (card) => match.index < card.index + card.match.length && card.index < match.index + match[0].length,
    );
    if (digits.length >= 9 && digits.length <= 15 && !isFictionalPhone(digits) && !insideCard) {
      findings.push({ rule: 'phone', match: match[0], index: match.index });
    }
  }
  findings.push(...cards);
  return findings.sort((a, b) => a.index - b.index);
}

/** A finding inside a structured value, with where it is: "[3].note" in JSON, or a CSV cell. */
export interface LocatedFinding extends PersonalDataFinding {
  /** Path of the string in the value, as "[3].note"; "" for the value itself. */
  path: string;
}

/**
 * Every finding in the strings of a JSON value. Numbers are figures, not personal data: a
 * census-sized total such as 4411904342470820 may pass the Luhn check, and must not fail a build.
 */
export function findPersonalDataInStrings(value: unknown, path = ''): LocatedFinding[] {
  if (typeof value === 'string') return findPersonalData(value).map((finding) => ({ ...finding, path }));
  if (Array.isArray(value)) return value.flatMap((item, index) => findPersonalDataInStrings(item, `${path}[${index}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      findPersonalDataInStrings(item, path ? `${path}.${key}` : key),
    );
  return [];
}

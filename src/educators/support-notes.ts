/**
 * Synthetic support notes for the redaction lab. Every value is fictional and reserved for
 * examples (example.com/.org/.net and contoso.com, documentation IP ranges, 555-01xx numbers),
 * so the personal-data guard passes them even where they are deliberately written in the
 * awkward formats that slip past a naive redactor, such as Microsoft's own "XYZ @contoso com".
 * Fixed text, no randomness: every build and every reader sees the same notes. Plain data, no
 * zod at run time, so the lab's browser bundle stays small; a test checks it against the schema.
 */
import type { SupportNote } from './schemas.ts';

/** The lab's notes, from tidy to awkward. */
export const supportNotes: readonly SupportNote[] = [
  {
    id: 'note-1',
    title: 'Tidy formats',
    text:
      'Customer Jane Doe (jane.doe@example.com) called about activation error 0x8007000D. ' +
      'Callback 425-555-0142. Connected from 192.0.2.44.',
    planted: [
      { id: 'n1-name', kind: 'name', format: 'name', value: 'Jane Doe' },
      { id: 'n1-email', kind: 'email', format: 'standard', value: 'jane.doe@example.com' },
      { id: 'n1-phone', kind: 'phone', format: 'standard', value: '425-555-0142' },
      { id: 'n1-ip', kind: 'ip', format: 'standard', value: '192.0.2.44' },
    ],
    decoys: [],
  },
  {
    id: 'note-2',
    title: 'Spaces, as in Microsoft’s example',
    text: 'Customer wants updates sent to XYZ @contoso com after the upgrade failed. Second contact: alex.kim @ example.org.',
    planted: [
      { id: 'n2-email-xyz', kind: 'email', format: 'spaces', value: 'XYZ @contoso com' },
      { id: 'n2-email-alex', kind: 'email', format: 'spaces', value: 'alex.kim @ example.org' },
    ],
    decoys: [],
  },
  {
    id: 'note-3',
    title: 'Spelled out',
    text: 'Send the recovery steps to jane dot doe at example dot com. Phone (425) 555 0199 or +1 425 555 0147, ask for Sam.',
    planted: [
      { id: 'n3-email', kind: 'email', format: 'spelled-out', value: 'jane dot doe at example dot com' },
      { id: 'n3-phone-brackets', kind: 'phone', format: 'punctuation', value: '(425) 555 0199' },
      { id: 'n3-phone-intl', kind: 'phone', format: 'punctuation', value: '+1 425 555 0147' },
      { id: 'n3-name', kind: 'name', format: 'name', value: 'Sam' },
    ],
    decoys: [],
  },
  {
    id: 'note-4',
    title: 'Broken across lines',
    text: 'Escalated to tier 2 by Mia. Customer email sam.lee@exam\nple.net, router log shows 198.51.100\n.23 as the source.',
    planted: [
      { id: 'n4-name', kind: 'name', format: 'name', value: 'Mia' },
      { id: 'n4-email', kind: 'email', format: 'line-break', value: 'sam.lee@exam\nple.net' },
      { id: 'n4-ip', kind: 'ip', format: 'line-break', value: '198.51.100\n.23' },
    ],
    decoys: [],
  },
  {
    id: 'note-5',
    title: 'Look-alike characters',
    // "а" and "о" below are Cyrillic letters; "＠" and "．" are full-width forms.
    text: 'Reply went to jаne.dое@example.com; the customer also wrote from mia＠contoso．com and asked for a call on 425.555.0188.',
    planted: [
      { id: 'n5-email-cyrillic', kind: 'email', format: 'look-alike', value: 'jаne.dое@example.com' },
      { id: 'n5-email-fullwidth', kind: 'email', format: 'look-alike', value: 'mia＠contoso．com' },
      { id: 'n5-phone', kind: 'phone', format: 'punctuation', value: '425.555.0188' },
    ],
    decoys: [],
  },
  {
    id: 'note-6',
    title: 'Numbers that only look personal',
    text:
      'Case 4205550163 reopened; customer called back at 10:30:15. Driver package 10.1.3.2 reinstalled. ' +
      'Pointed the customer at help dot contoso dot com; told them to ask for Windows Update logs. ' +
      'Firewall blocked 203.0.113[.]9 and 2001:db8::17.',
    planted: [
      { id: 'n6-ip-defanged', kind: 'ip', format: 'defanged', value: '203.0.113[.]9' },
      { id: 'n6-ip-v6', kind: 'ip', format: 'ipv6', value: '2001:db8::17' },
    ],
    decoys: [
      { value: '4205550163', what: 'a case number the next agent needs' },
      { value: '10:30:15', what: 'a time of day' },
      { value: '10.1.3.2', what: 'a software version' },
      { value: 'help dot contoso dot com', what: 'a public help site' },
      { value: 'Windows Update', what: 'a product name' },
    ],
  },
];

/**
 * "Next week's notes": a held-out set the rules were not tuned on, written the way real agents
 * might write next week. Even with every rule on, some personal data slips through here, which
 * is the point: patterns tuned on one week's notes do not foresee the next.
 */
export const nextWeekNotes: readonly SupportNote[] = [
  {
    id: 'next-1',
    title: 'Brackets instead of words',
    text: 'Customer wrote from mia [at] contoso [dot] com and wants a call back on 425 555 0134 ext. 2.',
    planted: [
      { id: 'x1-email', kind: 'email', format: 'spelled-out', value: 'mia [at] contoso [dot] com' },
      { id: 'x1-phone', kind: 'phone', format: 'punctuation', value: '425 555 0134' },
    ],
    decoys: [],
  },
  {
    id: 'next-2',
    title: 'A full name and two addresses',
    text: 'Spoke to Priya Natarajan; she uses p_natarajan@example.net at work and priya.n@example.org at home.',
    planted: [
      { id: 'x2-name', kind: 'name', format: 'name', value: 'Priya Natarajan' },
      { id: 'x2-email-work', kind: 'email', format: 'standard', value: 'p_natarajan@example.net' },
      { id: 'x2-email-home', kind: 'email', format: 'standard', value: 'priya.n@example.org' },
    ],
    decoys: [],
  },
  {
    id: 'next-3',
    title: 'An address read out over the phone',
    text: 'Sign-ins came from 203 dot 0 dot 113 dot 77 and from 198.51.100.7 on port 8443. Update KB5034441 installed at 09:15:00.',
    planted: [
      { id: 'x3-ip-words', kind: 'ip', format: 'spelled-out', value: '203 dot 0 dot 113 dot 77' },
      { id: 'x3-ip', kind: 'ip', format: 'standard', value: '198.51.100.7' },
    ],
    decoys: [{ value: '09:15:00', what: 'a time of day' }],
  },
  {
    id: 'next-4',
    title: 'Names with no cue',
    text: 'Sam called again about the refund; ticket owner Lee will reply to sam.lee at example dot com. Ticket 4255550177.',
    planted: [
      { id: 'x4-name-sam', kind: 'name', format: 'name', value: 'Sam' },
      { id: 'x4-name-lee', kind: 'name', format: 'name', value: 'Lee' },
      { id: 'x4-email', kind: 'email', format: 'spelled-out', value: 'sam.lee at example dot com' },
    ],
    decoys: [{ value: '4255550177', what: 'a ticket number the next agent needs' }],
  },
  {
    id: 'next-5',
    title: 'A number in words',
    text: 'Best number: four two five, five five five, zero one six six. Prefers email to alex at contoso dot com.',
    planted: [
      {
        id: 'x5-phone-words',
        kind: 'phone',
        format: 'spelled-out',
        value: 'four two five, five five five, zero one six six',
      },
      { id: 'x5-email', kind: 'email', format: 'spelled-out', value: 'alex at contoso dot com' },
    ],
    decoys: [],
  },
];

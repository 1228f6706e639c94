/**
 * Synthetic support notes for the Spanish edition of the redaction lab: the same notes, planted
 * values and decoys as the English module (./support-notes.ts), with the same ids, written the way
 * a Spanish-speaking agent would write them. Every value is fictional and reserved for examples
 * (example.com/.org/.net and contoso.com, documentation IP ranges, 555-01xx numbers), so the
 * personal-data guard passes them. The invented names are unaccented, as the English ones are
 * plain ASCII, so a name rule catches or misses them for the reason each note teaches, not for an
 * accent. Spelled-out formats use the Spanish words an agent would type ("arroba" for @,
 * "punto" for the dot) and names follow Spanish cues ("Clienta", "preguntar por", "Hablé con"),
 * so a redactor run over these notes needs those words in its rules. Fixed text, no randomness.
 */
import type { SupportNote } from './schemas.ts';

/** The lab's notes, from tidy to awkward. */
export const supportNotes: readonly SupportNote[] = [
  {
    id: 'note-1',
    title: 'Formatos ordenados',
    text:
      'Clienta Juana Soto (juana.soto@example.com) llamó por el error de activación 0x8007000D. ' +
      'Devolver la llamada al 425-555-0142. Se conectó desde 192.0.2.44.',
    planted: [
      { id: 'n1-name', kind: 'name', format: 'name', value: 'Juana Soto' },
      { id: 'n1-email', kind: 'email', format: 'standard', value: 'juana.soto@example.com' },
      { id: 'n1-phone', kind: 'phone', format: 'standard', value: '425-555-0142' },
      { id: 'n1-ip', kind: 'ip', format: 'standard', value: '192.0.2.44' },
    ],
    decoys: [],
  },
  {
    id: 'note-2',
    title: 'Espacios, como en el ejemplo de Microsoft',
    text:
      'El cliente quiere que le envíen las novedades a XYZ @contoso com, porque falló la actualización. ' +
      'Segundo contacto: alex.vidal @ example.org.',
    planted: [
      { id: 'n2-email-xyz', kind: 'email', format: 'spaces', value: 'XYZ @contoso com' },
      { id: 'n2-email-alex', kind: 'email', format: 'spaces', value: 'alex.vidal @ example.org' },
    ],
    decoys: [],
  },
  {
    id: 'note-3',
    title: 'Escrito con palabras',
    text:
      'Enviar los pasos de recuperación a juana punto soto arroba example punto com. ' +
      'Teléfono (425) 555 0199 o +1 425 555 0147, preguntar por Luis.',
    planted: [
      { id: 'n3-email', kind: 'email', format: 'spelled-out', value: 'juana punto soto arroba example punto com' },
      { id: 'n3-phone-brackets', kind: 'phone', format: 'punctuation', value: '(425) 555 0199' },
      { id: 'n3-phone-intl', kind: 'phone', format: 'punctuation', value: '+1 425 555 0147' },
      { id: 'n3-name', kind: 'name', format: 'name', value: 'Luis' },
    ],
    decoys: [],
  },
  {
    id: 'note-4',
    title: 'Partido entre líneas',
    text:
      'Escalado al nivel 2 por Eva. Correo del cliente: luis.vidal@exam\nple.net; ' +
      'el registro del router muestra 198.51.100\n.23 como origen.',
    planted: [
      { id: 'n4-name', kind: 'name', format: 'name', value: 'Eva' },
      { id: 'n4-email', kind: 'email', format: 'line-break', value: 'luis.vidal@exam\nple.net' },
      { id: 'n4-ip', kind: 'ip', format: 'line-break', value: '198.51.100\n.23' },
    ],
    decoys: [],
  },
  {
    id: 'note-5',
    title: 'Caracteres parecidos',
    // "а" and "о" below are Cyrillic letters; "＠" and "．" are full-width forms.
    text:
      'La respuesta se envió a juаna.sоto@example.com; el cliente también escribió desde eva＠contoso．com ' +
      'y pidió que lo llamaran al 425.555.0188.',
    planted: [
      { id: 'n5-email-cyrillic', kind: 'email', format: 'look-alike', value: 'juаna.sоto@example.com' },
      { id: 'n5-email-fullwidth', kind: 'email', format: 'look-alike', value: 'eva＠contoso．com' },
      { id: 'n5-phone', kind: 'phone', format: 'punctuation', value: '425.555.0188' },
    ],
    decoys: [],
  },
  {
    id: 'note-6',
    title: 'Números que solo parecen personales',
    text:
      'Caso 4205550163 reabierto; el cliente volvió a llamar a las 10:30:15. Paquete de controladores 10.1.3.2 reinstalado. ' +
      'Remití al cliente a ayuda punto contoso punto com; le dije que preguntara por Windows Update en el foro. ' +
      'El cortafuegos bloqueó 203.0.113[.]9 y 2001:db8::17.',
    planted: [
      { id: 'n6-ip-defanged', kind: 'ip', format: 'defanged', value: '203.0.113[.]9' },
      { id: 'n6-ip-v6', kind: 'ip', format: 'ipv6', value: '2001:db8::17' },
    ],
    decoys: [
      { value: '4205550163', what: 'un número de caso que necesita el siguiente agente' },
      { value: '10:30:15', what: 'una hora del día' },
      { value: '10.1.3.2', what: 'una versión de software' },
      { value: 'ayuda punto contoso punto com', what: 'un sitio público de ayuda' },
      { value: 'Windows Update', what: 'un nombre de producto' },
    ],
  },
];

/**
 * "Las notas de la semana que viene": a held-out set the rules were not tuned on, as in the
 * English module. Even with every rule on, some personal data slips through here, which is the
 * point: patterns tuned on one week's notes do not foresee the next.
 */
export const nextWeekNotes: readonly SupportNote[] = [
  {
    id: 'next-1',
    title: 'Corchetes en lugar de palabras',
    text: 'El cliente escribió desde eva [arroba] contoso [punto] com y quiere que le devuelvan la llamada al 425 555 0134, ext. 2.',
    planted: [
      { id: 'x1-email', kind: 'email', format: 'spelled-out', value: 'eva [arroba] contoso [punto] com' },
      { id: 'x1-phone', kind: 'phone', format: 'punctuation', value: '425 555 0134' },
    ],
    decoys: [],
  },
  {
    id: 'next-2',
    title: 'Un nombre completo y dos direcciones',
    text: 'Hablé con Marta Navarro; usa m_navarro@example.net en el trabajo y marta.n@example.org en casa.',
    planted: [
      { id: 'x2-name', kind: 'name', format: 'name', value: 'Marta Navarro' },
      { id: 'x2-email-work', kind: 'email', format: 'standard', value: 'm_navarro@example.net' },
      { id: 'x2-email-home', kind: 'email', format: 'standard', value: 'marta.n@example.org' },
    ],
    decoys: [],
  },
  {
    id: 'next-3',
    title: 'Una dirección dictada por teléfono',
    text:
      'Los inicios de sesión llegaron desde 203 punto 0 punto 113 punto 77 y desde 198.51.100.7 por el puerto 8443. ' +
      'Actualización KB5034441 instalada a las 09:15:00.',
    planted: [
      { id: 'x3-ip-words', kind: 'ip', format: 'spelled-out', value: '203 punto 0 punto 113 punto 77' },
      { id: 'x3-ip', kind: 'ip', format: 'standard', value: '198.51.100.7' },
    ],
    decoys: [{ value: '09:15:00', what: 'una hora del día' }],
  },
  {
    id: 'next-4',
    title: 'Nombres sin pista',
    text:
      'Luis volvió a llamar por el reembolso; el responsable del ticket, Ortega, responderá a ' +
      'luis.vidal arroba example punto com. Ticket 4255550177.',
    planted: [
      { id: 'x4-name-sam', kind: 'name', format: 'name', value: 'Luis' },
      { id: 'x4-name-lee', kind: 'name', format: 'name', value: 'Ortega' },
      { id: 'x4-email', kind: 'email', format: 'spelled-out', value: 'luis.vidal arroba example punto com' },
    ],
    decoys: [{ value: '4255550177', what: 'un número de ticket que necesita el siguiente agente' }],
  },
  {
    id: 'next-5',
    title: 'Un número con palabras',
    text:
      'Mejor número: cuatro dos cinco, cinco cinco cinco, cero uno seis seis. ' +
      'Prefiere que le escriban a alex arroba contoso punto com.',
    planted: [
      {
        id: 'x5-phone-words',
        kind: 'phone',
        format: 'spelled-out',
        value: 'cuatro dos cinco, cinco cinco cinco, cero uno seis seis',
      },
      { id: 'x5-email', kind: 'email', format: 'spelled-out', value: 'alex arroba contoso punto com' },
    ],
    decoys: [],
  },
];

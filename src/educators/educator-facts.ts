/**
 * The figures the educators' pages take from data/derived, in one place: the honeypot figures
 * behind the simulator's estimate, the exposure window, and prose with its fact markers filled.
 */
import { dataFor, getFact, timeline } from '../lib/data.ts';
import { formatFactValue } from '../lib/format.ts';
import { defaultLocale, type Locale } from '../lib/locales.ts';
import { stringsFor } from '../lib/strings.ts';
import { factTextParts, fillFacts as fillFactsWith, type FactTextPart } from '../lib/template.ts';
import type { HoneypotFigures } from './simulator.ts';

/** A number fact's value; throws when the fact is a date. */
function numberFact(id: string): number {
  const value = getFact(id).value;
  if (typeof value !== 'number') throw new Error(`Fact "${id}" is not a number.`);
  return value;
}

/** The Elasticsearch honeypot's figures (facts whose ids start with "honeypot-es-"). */
export function honeypotFigures(): HoneypotFigures {
  return {
    firstAttackHours: numberFact('honeypot-es-first-attack-hours'),
    reportedRequestsPerDay: numberFact('honeypot-es-per-day'),
    requests: numberFact('honeypot-es-requests'),
    days: numberFact('honeypot-es-days'),
  };
}

/** Days the Microsoft database was open, computed by the data build from Microsoft's dates. */
export const exposureDays: number = timeline.exposureWindow.days;

/** A date fact as milliseconds since 1970 (UTC). */
function dateFact(id: string): number {
  const value = getFact(id).value;
  if (typeof value !== 'string') throw new Error(`Fact "${id}" is not a date.`);
  return Date.parse(`${value}T00:00:00Z`);
}

/** Days from the rule change to BinaryEdge listing the servers (from the two dated facts). */
export const binaryEdgeDays: number = Math.round(
  (dateFact('indexed-date') - dateFact('exposure-start-date')) / (24 * 60 * 60 * 1000),
);

/** The kit's prose helpers for one edition: figures formatted as its language writes them. */
export interface FactProse {
  /** A fact as prose ("250 million", "250 millones"). */
  formatFact: (id: string) => string;
  /** Prose with `{fact:id}` markers filled in, as parts (for <Fact>); an unknown fact id throws. */
  withFacts: (text: string) => FactTextPart[];
  /** Prose with `{fact:id}` markers filled in, as one string; an unknown fact id throws. */
  fillFacts: (text: string) => string;
}

/** The prose helpers of an edition (its facts' labels, its language tag's number and date formats). */
export function factProse(locale: Locale): FactProse {
  const tag = stringsFor(locale).locale;
  const { getFact: getEditionFact } = dataFor(locale);
  const formatFact = (id: string) => formatFactValue(getEditionFact(id), tag);
  return {
    formatFact,
    withFacts: (text) => factTextParts(text, formatFact),
    fillFacts: (text) => fillFactsWith(text, formatFact),
  };
}

/** The default edition's helpers. */
export const { withFacts, fillFacts } = factProse(defaultLocale);

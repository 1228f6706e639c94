/**
 * The site's derived datasets, typed by their schemas, for pages and components. Everything a
 * page shows comes through here, so prose, charts and tables read the same numbers.
 */
import factsJson from '../../data/derived/facts.json';
import fieldsJson from '../../data/derived/fields.json';
import incidentsByYearCauseJson from '../../data/derived/incidents-by-year-cause.json';
import incidentsJson from '../../data/derived/incidents.json';
import sourcesJson from '../../data/derived/sources.json';
import timelineJson from '../../data/derived/timeline.json';
import { parseDerivedData, type DerivedData } from './derived-data.ts';
import type { Locale } from './locales.ts';

/** All of data/derived, parsed. */
export const derived: DerivedData = parseDerivedData({
  'facts.json': factsJson,
  'fields.json': fieldsJson,
  'incidents-by-year-cause.json': incidentsByYearCauseJson,
  'incidents.json': incidentsJson,
  'sources.json': sourcesJson,
  'timeline.json': timelineJson,
});

export const { facts, sources, timeline, incidents, getFact, getSource } = derived;

/** The derived data of an edition (for now every edition reads the English text). */
export function dataFor(locale: Locale): DerivedData {
  void locale;
  return derived;
}

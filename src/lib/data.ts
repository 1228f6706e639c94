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
import esFactsJson from '../../data/derived/es/facts.json';
import esFieldsJson from '../../data/derived/es/fields.json';
import esIncidentsByYearCauseJson from '../../data/derived/es/incidents-by-year-cause.json';
import esIncidentsJson from '../../data/derived/es/incidents.json';
import esSourcesJson from '../../data/derived/es/sources.json';
import esTimelineJson from '../../data/derived/es/timeline.json';
import { parseDerivedData, type DerivedData } from './derived-data.ts';
import { derivedDir } from './derived-files.ts';
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

/**
 * The Spanish edition's derived data (data/derived/es, built from the same rows with the
 * translations in data/raw/es): the same figures, ids and dates, the text in Spanish.
 */
const spanish: DerivedData = parseDerivedData(
  {
    'facts.json': esFactsJson,
    'fields.json': esFieldsJson,
    'incidents-by-year-cause.json': esIncidentsByYearCauseJson,
    'incidents.json': esIncidentsJson,
    'sources.json': esSourcesJson,
    'timeline.json': esTimelineJson,
  },
  `${derivedDir()}/es`,
);

const byLocale: Record<Locale, DerivedData> = { en: derived, es: spanish };

/** The derived data of an edition: its text (labels, notes, titles) in its language, the figures everyone's. */
export function dataFor(locale: Locale): DerivedData {
  return byLocale[locale];
}

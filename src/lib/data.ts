/**
 * The derived datasets, typed by their schemas, for pages and components. Everything a page
 * shows comes through here, so prose, charts and tables read the same numbers.
 */
import factsJson from '../../data/derived/facts.json';
import fieldsJson from '../../data/derived/fields.json';
import incidentsByYearCauseJson from '../../data/derived/incidents-by-year-cause.json';
import incidentsJson from '../../data/derived/incidents.json';
import sourcesJson from '../../data/derived/sources.json';
import timelineJson from '../../data/derived/timeline.json';
import type { Fact, Source } from '../schemas/derived.ts';
import { parseDerived } from './parse-derived.ts';

export const facts = parseDerived('facts.json', factsJson);
export const sources = parseDerived('sources.json', sourcesJson);
export const timeline = parseDerived('timeline.json', timelineJson);
export const incidents = parseDerived('incidents.json', incidentsJson);
export const incidentsByYearCause = parseDerived('incidents-by-year-cause.json', incidentsByYearCauseJson);
export const fields = parseDerived('fields.json', fieldsJson);

const factsById = new Map(facts.map((fact) => [fact.id, fact]));
const sourcesById = new Map(sources.map((source) => [source.id, source]));

/** The fact with this id; throws (failing the build) when there is none. */
export function getFact(id: string): Fact {
  const fact = factsById.get(id);
  if (!fact)
    throw new Error(
      `Unknown fact id "${id}". Known ids are listed in data/derived/facts.json; add new figures to data/raw/facts.csv.`,
    );
  return fact;
}

/** The source with this id; throws (failing the build) when there is none. */
export function getSource(id: string): Source {
  const source = sourcesById.get(id);
  if (!source) throw new Error(`Unknown source id "${id}". Add it to data/raw/sources.csv.`);
  return source;
}

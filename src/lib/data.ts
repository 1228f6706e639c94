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
import { derivedSchemas, type Fact, type Source } from '../schemas/derived.ts';

export const facts = derivedSchemas['facts.json'].parse(factsJson);
export const sources = derivedSchemas['sources.json'].parse(sourcesJson);
export const timeline = derivedSchemas['timeline.json'].parse(timelineJson);
export const incidents = derivedSchemas['incidents.json'].parse(incidentsJson);
export const incidentsByYearCause = derivedSchemas['incidents-by-year-cause.json'].parse(incidentsByYearCauseJson);
export const fields = derivedSchemas['fields.json'].parse(fieldsJson);

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

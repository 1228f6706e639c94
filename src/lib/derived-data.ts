/**
 * The derived datasets as one typed value, checked against their schemas, with lookups by id.
 * The site builds it from data/derived (src/lib/data.ts); tests build it from the fixture raw
 * files, so charts and prose helpers take it as input instead of importing live data.
 */
import {
  type DerivedFileName,
  type Fact,
  type Field,
  type RankedIncident,
  type Source,
  type Timeline,
  type YearCause,
} from '../schemas/derived.ts';
import { derivedDir } from './derived-files.ts';
import { parseDerived } from './parse-derived.ts';

/** Every derived dataset, parsed, and the lookups that fail loudly on an unknown id. */
export interface DerivedData {
  facts: readonly Fact[];
  sources: readonly Source[];
  timeline: Timeline;
  incidents: readonly RankedIncident[];
  incidentsByYearCause: readonly YearCause[];
  fields: readonly Field[];
  /** The fact with this id; throws (failing the build) when there is none. */
  getFact(id: string): Fact;
  /** The source with this id; throws (failing the build) when there is none. */
  getSource(id: string): Source;
}

/**
 * Parses the JSON of each derived file (as imported, or as written by the data build) into
 * {@link DerivedData}; a file that does not match its schema fails naming `dir`, the file and the path.
 */
export function parseDerivedData(json: Readonly<Record<DerivedFileName, unknown>>, dir = derivedDir()): DerivedData {
  const facts = parseDerived('facts.json', json['facts.json'], dir);
  const sources = parseDerived('sources.json', json['sources.json'], dir);
  const factsById = new Map(facts.map((fact) => [fact.id, fact]));
  const sourcesById = new Map(sources.map((source) => [source.id, source]));
  return {
    facts,
    sources,
    timeline: parseDerived('timeline.json', json['timeline.json'], dir),
    incidents: parseDerived('incidents.json', json['incidents.json'], dir),
    incidentsByYearCause: parseDerived('incidents-by-year-cause.json', json['incidents-by-year-cause.json'], dir),
    fields: parseDerived('fields.json', json['fields.json'], dir),
    getFact(id) {
      const fact = factsById.get(id);
      if (!fact)
        throw new Error(
          `Unknown fact id "${id}". Known ids are listed in data/derived/facts.json; add new figures to data/raw/facts.csv.`,
        );
      return fact;
    },
    getSource(id) {
      const source = sourcesById.get(id);
      if (!source) throw new Error(`Unknown source id "${id}". Add it to data/raw/sources.csv.`);
      return source;
    },
  };
}

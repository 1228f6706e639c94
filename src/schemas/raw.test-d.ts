import { expectTypeOf, test } from 'vitest';
import type { Fact, TimelineEvent } from './derived.ts';
import type { EventRow, FactRow, IncidentRow } from './raw.ts';

test('raw row types come from the schemas with parsed cells', () => {
  expectTypeOf<IncidentRow['records']>().toEqualTypeOf<number>();
  expectTypeOf<EventRow['source_ids']>().toEqualTypeOf<string[]>();
  expectTypeOf<EventRow['end_date']>().toEqualTypeOf<string | undefined>();
  expectTypeOf<FactRow['kind']>().toEqualTypeOf<'number' | 'date'>();
});

test('derived types carry typed values', () => {
  expectTypeOf<Fact['value']>().toEqualTypeOf<number | string>();
  expectTypeOf<TimelineEvent['precision']>().toEqualTypeOf<'day' | 'month' | 'year'>();
});

import { expect, test } from 'vitest';
import { fixture } from '../lib/fixture-data.ts';
import { strings } from '../lib/strings.ts';
import type { Fact } from '../schemas/derived.ts';
import { describeKeyFacts, keyFactGroups, keyFactsChart } from './key-facts.ts';
import { serverDocument } from './server-svg.ts';

const data = fixture();

/** The fixture with more facts established: servers by outlet-a, the disclosure date by msrc-2020. */
function withOrigins() {
  const established: Record<string, string> = { servers: 'outlet-a', 'disclosed-date': 'msrc-2020' };
  const facts: Fact[] = data.facts.map((fact) =>
    established[fact.id] ? { ...fact, establishedBy: established[fact.id] } : fact,
  );
  return { ...data, facts };
}

test('keyFactGroups(derived) keeps facts with an origin, grouped by it, dates before figures', () => {
  expect(keyFactGroups(data).map((group) => [group.origin.id, group.facts.map(({ fact }) => fact.id)])).toEqual([
    ['report-b', ['records-exposed']],
  ]);
  const groups = keyFactGroups(withOrigins());
  expect(groups.map((group) => group.origin.id)).toEqual(
    ['msrc-2020', 'outlet-a', 'report-b'].sort((a, b) => {
      const publisher = (id: string) => data.getSource(id).publisher;
      return publisher(a).localeCompare(publisher(b));
    }),
  );
});

test('describeKeyFacts(groups, text) names the groups and counts the single-source facts', () => {
  const description = describeKeyFacts(keyFactGroups(withOrigins()), strings);
  expect(description).toMatch(/^3 key facts, grouped by who established them: /);
  expect(description).toContain('1 key fact from Outlet A');
  expect(description).toMatch(/\. 2 rest on a single source; each mark and row says which\.$/);
});

test('the key-facts chart tables each fact with its origin, status and other sources', () => {
  const chart = keyFactsChart.build(withOrigins(), strings);
  const servers = chart.table.rows.find((row) => row['fact'] === 'Elasticsearch servers');
  expect(servers).toMatchObject({ value: '5', status: 'single source', otherSources: 0 });
  expect(chart.subtitle).toContain('The 3 figures and dates');
  const rendered = chart.render({ width: 300, document: serverDocument(), idPrefix: 'k' });
  expect(rendered.svg.querySelectorAll('.chart-mark').length).toBe(3);
  expect(rendered.height).toBeGreaterThan(100);
});

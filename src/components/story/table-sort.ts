/** How the chart tables sort when a reader asks: pure, so it is tested without a browser. */

export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Entries in the order of their keys: numbers by value when every key is a number (the cells'
 * `data-sort`, the raw value), otherwise text in natural order ("Copy 2" before "Copy 10"). Stable,
 * so equal keys keep the table's own order.
 */
export function sortRows<Entry extends { key: string }>(entries: readonly Entry[], direction: SortDirection): Entry[] {
  const numeric = entries.every((entry) => entry.key.trim() !== '' && Number.isFinite(Number(entry.key)));
  const compare = numeric
    ? (a: Entry, b: Entry) => Number(a.key) - Number(b.key)
    : (a: Entry, b: Entry) => collator.compare(a.key, b.key);
  const sign = direction === 'ascending' ? 1 : -1;
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => sign * compare(a.entry, b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
}

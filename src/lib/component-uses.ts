/**
 * What a chapter or page uses, read from its MDX syntax tree (mdast): the facts it shows with
 * `<Fact>`, the sources it cites with `<Cite>`, the charts it places with `<ChartFigure>`, how
 * many words a reader reads, and, passage by passage and sentence by sentence, which fact ids
 * and which cited source ids occur together. `componentUses` is pure; the Sätteri plugin in
 * component-uses-plugin.ts records its result in each file's frontmatter as `uses`, the way
 * Astro's reading-time recipe adds data, so pages read it from `remarkPluginFrontmatter`.
 */

/** The part of an mdast node this module reads (mdast, with the MDX JSX extension). */
export interface MdastNode {
  type: string;
  children?: readonly MdastNode[];
  value?: string;
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

/** One sentence of prose, with the figures it shows and the sources it cites. */
export interface Sentence {
  /** The sentence as read, with figures and citations left out. */
  text: string;
  facts: string[];
  sources: string[];
}

/** One block of prose (a paragraph, a heading, a table cell), as read. */
export interface Passage {
  /** 1-based line where it starts in the file (0 when the tree has no positions). */
  line: number;
  /** The prose with each figure and citation replaced by a space: where hand-typed figures are looked for. */
  text: string;
  sentences: Sentence[];
}

/** Everything `componentUses` finds. Plain JSON, so it can travel in a file's frontmatter. */
export interface ComponentUses {
  /** Fact ids shown with `<Fact id>`, each once, in order of first use. */
  facts: string[];
  /** Source ids cited with `<Cite id>` or `<Cite ids>`, each once, in order of first use. */
  sources: string[];
  /** Chart ids placed with `<ChartFigure chart>` or `<StepExplainer chart>`, in order. */
  charts: string[];
  /** Words a reader reads; a `<Fact>` counts as one. */
  words: number;
  passages: Passage[];
}

/** The source ids a `<Cite>` names: `id="a"`, or `ids="a;b"` separated by semicolons. */
export function citedIds(props: { id?: string | undefined; ids?: string | undefined }): string[] {
  return (props.ids ?? props.id ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A literal string attribute of a JSX element; an expression (`id={…}`) is refused, since the build could not check it. */
function attribute(node: MdastNode, name: string): string | undefined {
  const found = node.attributes?.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  if (!found || found.value === undefined || found.value === null) return undefined;
  if (typeof found.value !== 'string')
    throw new Error(
      `<${node.name}> on line ${node.position?.start.line ?? '?'}: ${name} must be written as ${name}="…", ` +
        'not as an expression, so the build can check it.',
    );
  return found.value;
}

/** Nodes whose phrasing content is one passage. */
const passageTypes = new Set(['paragraph', 'heading', 'tableCell']);

/** Nodes whose text a reader does not read. */
const unread = new Set(['yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'code']);

const factMarker = '\uE000';
const citeMarker = '\uE001';

/** A passage's text with a marker where each figure or citation stands, and what each marker is. */
interface Flattened {
  text: string;
  marks: ({ kind: 'fact'; id: string } | { kind: 'cite'; ids: string[] })[];
}

function flatten(node: MdastNode, into: Flattened): void {
  if (unread.has(node.type)) return;
  if (node.type === 'text' || node.type === 'inlineCode') {
    into.text += node.value ?? '';
    return;
  }
  if (node.type === 'break') {
    into.text += ' ';
    return;
  }
  if (node.type === 'mdxJsxTextElement' && node.name === 'Fact') {
    const id = attribute(node, 'id');
    if (!id) throw new Error(`<Fact> on line ${node.position?.start.line ?? '?'} needs id="…"`);
    into.text += factMarker;
    into.marks.push({ kind: 'fact', id });
    return;
  }
  if (node.type === 'mdxJsxTextElement' && node.name === 'Cite') {
    into.text += citeMarker;
    into.marks.push({ kind: 'cite', ids: citedIds({ id: attribute(node, 'id'), ids: attribute(node, 'ids') }) });
    return;
  }
  for (const child of node.children ?? []) flatten(child, into);
}

const wordPattern = /[\p{L}\p{N}]/u;

/** Reads one passage: its sentences (by the locale's sentence rules), its words and its uses. */
function readPassage(node: MdastNode, locale: string): { passage: Passage; words: number; marks: Flattened['marks'] } {
  const flat: Flattened = { text: '', marks: [] };
  for (const child of node.children ?? []) flatten(child, flat);
  const marks = [...flat.marks];
  const sentences: Sentence[] = [];
  for (const { segment } of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(flat.text)) {
    const sentence: Sentence = { text: '', facts: [], sources: [] };
    for (const character of segment) {
      if (character !== factMarker && character !== citeMarker) continue;
      const mark = marks.shift();
      if (mark?.kind === 'fact') sentence.facts.push(mark.id);
      if (mark?.kind === 'cite') sentence.sources.push(...mark.ids);
    }
    sentence.text = segment
      .replace(/[\uE000\uE001]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (sentence.text || sentence.facts.length || sentence.sources.length) sentences.push(sentence);
  }
  const text = flat.text.replace(/[\uE000\uE001]/g, ' ');
  const tokens = text.split(/\s+/).filter((token) => wordPattern.test(token)).length;
  const facts = flat.marks.filter((mark) => mark.kind === 'fact').length;
  return {
    passage: { line: node.position?.start.line ?? 0, text, sentences },
    words: tokens + facts,
    marks: flat.marks,
  };
}

/** What the MDX tree `tree` uses, and its passages; `locale` decides where sentences end. */
export function componentUses(tree: MdastNode, locale = 'en-GB'): ComponentUses {
  const facts = new Set<string>();
  const sources = new Set<string>();
  const charts: string[] = [];
  const passages: Passage[] = [];
  let words = 0;
  const visit = (node: MdastNode): void => {
    if (unread.has(node.type)) return;
    if (node.type === 'mdxJsxFlowElement' && (node.name === 'ChartFigure' || node.name === 'StepExplainer')) {
      const chart = attribute(node, 'chart');
      if (!chart) throw new Error(`<${node.name}> on line ${node.position?.start.line ?? '?'} needs chart="…"`);
      charts.push(chart);
    }
    if (passageTypes.has(node.type)) {
      const read = readPassage(node, locale);
      passages.push(read.passage);
      words += read.words;
      for (const mark of read.marks) {
        if (mark.kind === 'fact') facts.add(mark.id);
        else for (const id of mark.ids) sources.add(id);
      }
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { facts: [...facts], sources: [...sources], charts, words, passages };
}

/** A page that places charts, as far as chart links need it. */
export interface PlacingPage {
  href: string;
  title: string;
  uses: Pick<ComponentUses, 'charts'>;
}

/** Each chart's home: the first page (in the order given) that places it. A chart placed nowhere has none. */
export function chartHomesOf<Page extends PlacingPage>(pages: readonly Page[]): Map<string, Page> {
  const homes = new Map<string, Page>();
  for (const page of pages) for (const chart of page.uses.charts) if (!homes.has(chart)) homes.set(chart, page);
  return homes;
}

/**
 * The "no English left" gate over an edition's pages (dist/es/): every text node and every
 * reader-facing attribute (title, aria-label, alt, placeholder, the meta description) is compared
 * with the English interface text and the English data text. A node that reads as one of them
 * (a template's placeholders match anything) is English left behind. Not English left:
 * - a string the edition's file has word for word too (proper names such as "Left Open", "CSV");
 * - text inside an element marked with another language (`lang="en"` on a quotation kept in English);
 * - code (`<code>`, `<pre>`: embed snippets, BibTeX);
 * - the allow-list: proper names, source titles and publishers, organisations (`allowed`).
 */
import { parseHTML } from 'linkedom';
import { placeholdersOf } from '../lib/strings-shape.ts';
import { htmlPages, pageUrlPath, siteText, type SiteFiles } from './site.ts';

/** Every string of a strings file (or any JSON value), with its dotted key. */
export function stringEntries(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringEntries(item, `${key}.${index}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([name, item]) => stringEntries(item, key ? `${key}.${name}` : name));
  return [];
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One English text a page might still show: its key (for the message) and a pattern for the whole text node. */
interface EnglishText {
  key: string;
  pattern: RegExp;
}

/**
 * The English texts to look for: each string of `english` whose words differ from the same key
 * in `edition` and which has at least two letters of its own outside its placeholders. A
 * placeholder matches any text, so "Chapter {n} of {total}" finds "Chapter 3 of 6".
 */
export function englishTexts(english: unknown, edition: unknown, extra: readonly string[] = []): EnglishText[] {
  const translated = new Map(stringEntries(edition));
  const entries: [string, string][] = [
    ...stringEntries(english),
    ...extra.map((text, index): [string, string] => [`data.${index}`, text]),
  ];
  const seen = new Set<string>();
  return entries.flatMap(([key, text]) => {
    const words = normalize(text);
    if (translated.get(key) !== undefined && normalize(translated.get(key) ?? '') === words) return [];
    // A template must have words of its own to be recognised: "{count} incidents" does, "{from} to {to}" and "{count}st" do not.
    const letters = placeholdersOf(words).length
      ? (words.replace(/\{[^}]+\}/g, ' ').match(/\p{L}{3,}/gu) ?? []).join('').length
      : (words.match(/\p{L}/gu) ?? []).length;
    if (letters < (placeholdersOf(words).length ? 6 : 2) || seen.has(words)) return [];
    seen.add(words);
    const names = placeholdersOf(words);
    const source = words
      .split(/(\{(?:fact:[a-z0-9-]+|\w+)\})/)
      .map((part) => (names.some((name) => part === `{${name}}`) ? '.+?' : escapeRegExp(part)))
      .join('');
    return [{ key, pattern: new RegExp(`^${source}$`, 'u') }];
  });
}

/** The reader-facing texts of a page: text nodes and attributes, outside other-language and code elements. */
function pageTexts(html: string): string[] {
  const { document } = parseHTML(html);
  const texts: string[] = [];
  const skip = (element: Element | null): boolean => {
    for (let node = element; node; node = node.parentElement) {
      const tag = node.tagName.toLowerCase();
      if (['script', 'style', 'code', 'pre', 'template'].includes(tag)) return true;
      const lang = node.getAttribute('lang');
      if (lang && node !== document.documentElement)
        return !lang.toLowerCase().startsWith(document.documentElement.getAttribute('lang') ?? '');
    }
    return false;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      if (!skip(node.parentElement)) texts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType === 1) {
      const element = node as Element;
      if (!skip(element))
        for (const name of ['title', 'aria-label', 'alt', 'placeholder', 'data-title', 'data-when', 'data-detail']) {
          const value = element.getAttribute(name);
          if (value) texts.push(value);
        }
      if (element.tagName.toLowerCase() === 'meta' && element.getAttribute('name') === 'description')
        texts.push(element.getAttribute('content') ?? '');
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(document.documentElement);
  return texts.map(normalize).filter((text) => /\p{L}.*\p{L}/u.test(text));
}

/**
 * Every English text left on the pages under `prefix` ("es/"), as "page: "text" (English key)".
 * `allowed` lists texts that may stay as they are (proper names, source titles, organisations).
 */
export function englishLeft(
  site: SiteFiles,
  prefix: string,
  english: readonly EnglishText[],
  allowed: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const names = [...allowed].filter(Boolean).sort((a, b) => b.length - a.length);
  for (const file of htmlPages(site).filter((page) => page.startsWith(prefix))) {
    const found = new Set<string>();
    for (const text of pageTexts(siteText(site, file) ?? '')) {
      if (found.has(text)) continue;
      // Names and titles that stay as they are count as already translated, wherever they appear.
      const rest = names.reduce((remaining, name) => remaining.split(name).join('…'), text);
      if (!/\p{L}.*\p{L}/u.test(rest.replace(/…/g, ''))) continue;
      const match = english.find(({ pattern }) => pattern.test(rest));
      if (!match) continue;
      found.add(text);
      problems.push(
        `${pageUrlPath(file)}: "${text}" is English (${match.key}). Fix: translate it, or allow-list it if it is a name`,
      );
    }
  }
  return problems;
}

/** What an edition may show in English as it is: source titles and publishers, and the organisations compared. */
export function namesKeptAsWritten(data: {
  sources: readonly { title: string; publisher: string }[];
  incidents: readonly { organization: string }[];
}): Set<string> {
  return new Set([
    ...data.sources.flatMap((source) => [source.title, source.publisher]),
    ...data.incidents.map((incident) => incident.organization),
  ]);
}

/**
 * The English text of the derived data that an edition translated (each string of `english` that
 * `edition` does not have too, of two words or more): what a page must not show in English.
 */
export function translatedDataTexts(english: unknown, edition: unknown): string[] {
  const kept = new Set(stringEntries(edition).map(([, text]) => text));
  return [...new Set(stringEntries(english).map(([, text]) => text))].filter(
    (text) => !kept.has(text) && /\S\s+\S/.test(text),
  );
}

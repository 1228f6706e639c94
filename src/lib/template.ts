/**
 * The one template grammar for interface text and prose: `{name}` placeholders, filled from
 * values by `fillTemplate`, and `{fact:<id>}` markers, filled with a figure from the facts. Pure
 * and free of imports, so browser code can use it without bundling the strings it fills.
 */

/** Values for a template's `{name}` placeholders. */
export type TemplateValues = Readonly<Record<string, string | number>>;

const placeholder = /\{(\w+)\}/g;
const factMarker = /\{fact:([a-z0-9-]+)\}/g;

/**
 * `template` with every `{name}` replaced by `values[name]`. A placeholder without a value is a
 * bug (a typo, or a translation that renamed it), so it throws, naming the placeholder and the
 * text it is in; `{fact:<id>}` markers are left for {@link fillFacts}.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(placeholder, (_, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new Error(
        `No value for the placeholder {${name}} in the interface text "${template}" (content/strings.json). ` +
          `Fix: pass ${name} to fillTemplate, or correct the placeholder's name.`,
      );
    return String(value);
  });
}

/** A run of prose: plain text, or a figure from the facts (which `<Fact>` can show with its source). */
export type FactTextPart = { text: string } | { factId: string; text: string };

/** Splits `text` at its `{fact:<id>}` markers, each filled with `formatFact(id)` (which throws for an unknown id). */
export function factTextParts(text: string, formatFact: (id: string) => string): FactTextPart[] {
  const parts: FactTextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(factMarker)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    const factId = match[1] as string;
    parts.push({ factId, text: formatFact(factId) });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** `text` with its `{fact:<id>}` markers filled with `formatFact(id)`. */
export function fillFacts(text: string, formatFact: (id: string) => string): string {
  return factTextParts(text, formatFact)
    .map((part) => part.text)
    .join('');
}

/** The fact ids named by `{fact:<id>}` markers in `text`, each once, in order. */
export function factIdsInTemplate(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(factMarker), (match) => match[1] as string))];
}

/** A phrase in each plural form the locale needs (at least `other`), with `{count}` for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The form of `forms` that `count` takes in `locale` (cardinal: "1 event", "2 events"; ordinal:
 * "1st", "22nd"), with `{count}` and any other `values` filled in.
 */
export function fillPlural(
  forms: PluralForms,
  count: number,
  locale: string,
  options: { type?: Intl.PluralRuleType; values?: TemplateValues } = {},
): string {
  const rule = new Intl.PluralRules(locale, { type: options.type ?? 'cardinal' }).select(count);
  return fillTemplate(forms[rule] ?? forms.other, { ...options.values, count });
}

/** A template cut at its `{name}` placeholders, for markup that puts an element (a link) where a placeholder stands. */
export function templateParts(template: string): ({ text: string } | { placeholder: string })[] {
  const parts: ({ text: string } | { placeholder: string })[] = [];
  let last = 0;
  for (const match of template.matchAll(placeholder)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ placeholder: match[1] as string });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** A link as templates place it: its address and its text. */
export interface TemplateLink {
  href: string;
  text: string;
}

/**
 * A template as text and links, for markup: each placeholder named in `links` becomes that link,
 * every other one is filled from `values` (and throws without one, as {@link fillTemplate} does).
 * Neighbouring runs of text are joined.
 */
export function linkedTemplateParts(
  template: string,
  values: TemplateValues,
  links: Readonly<Record<string, TemplateLink>>,
): (TemplateLink | { text: string })[] {
  const parts: (TemplateLink | { text: string })[] = [];
  for (const part of templateParts(template)) {
    const link = 'placeholder' in part ? links[part.placeholder] : undefined;
    if (link) {
      parts.push(link);
      continue;
    }
    const text = 'text' in part ? part.text : fillTemplate(`{${part.placeholder}}`, values);
    const previous = parts.at(-1);
    if (previous && !('href' in previous)) previous.text += text;
    else parts.push({ text });
  }
  return parts;
}

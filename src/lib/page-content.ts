/**
 * The words of the pages written in MDX or Markdown (content/pages/*.mdx and content/STANDARDS.md),
 * per edition: English under content/, every other edition under content/<locale>/ with the same
 * file names. A page asks for its edition's file and fails the build, naming the file, when the
 * edition has not written it.
 */
import type { MarkdownInstance, MDXInstance } from 'astro';
import type { ComponentUses } from './component-uses.ts';
import { contentDir, type Locale } from './locales.ts';

type PageModule = MDXInstance<{ uses: ComponentUses }> | MarkdownInstance<Record<string, unknown>>;

const modules = {
  ...import.meta.glob<MDXInstance<{ uses: ComponentUses }>>('../../content/{,*/}pages/*.mdx', { eager: true }),
  ...import.meta.glob<MarkdownInstance<Record<string, unknown>>>('../../content/{,*/}STANDARDS.md', { eager: true }),
};

/** The module of one content file of an edition, by its path under the edition's folder ("pages/about.mdx"). */
function contentModule(locale: Locale, file: string): PageModule {
  const path = `${contentDir(locale)}/${file}`;
  const module = modules[`../../${path}`];
  if (!module) throw new Error(`${path} is missing. Fix: write it (every edition has the pages the English has).`);
  return module;
}

/** The pages written in MDX, each at /<name>/ (src/pages/[...locale]/[page].astro). */
export const pageNames = ['about', 'methodology', 'questions'] as const;
export type PageName = (typeof pageNames)[number];

/** An MDX page of content/pages in an edition, with what it uses (recorded by the component-uses plugin). */
export function pageContent(locale: Locale, name: PageName): MDXInstance<{ uses: ComponentUses }> {
  return contentModule(locale, `pages/${name}.mdx`) as MDXInstance<{ uses: ComponentUses }>;
}

/** Every MDX page of an edition, for the bibliography's list of what cites a source. */
export function pageContents(locale: Locale): { name: PageName; module: MDXInstance<{ uses: ComponentUses }> }[] {
  return pageNames.map((name) => ({ name, module: pageContent(locale, name) }));
}

/** The editorial standards of an edition (STANDARDS.md), rendered as its /standards/ page. */
export function standardsContent(locale: Locale): MarkdownInstance<Record<string, unknown>> {
  return contentModule(locale, 'STANDARDS.md') as MarkdownInstance<Record<string, unknown>>;
}

/**
 * The Sätteri (Astro's Markdown processor) plugin that records {@link componentUses} in each
 * Markdown and MDX file's frontmatter as `uses`. Registered in astro.config.mjs; a chapter page
 * reads it from `render(entry).remarkPluginFrontmatter.uses`, an MDX module from its `frontmatter`.
 */
import type { MdastPluginDefinition } from 'satteri';
import { componentUses, type MdastNode } from './component-uses.ts';

/** The plugin; `locale` decides where sentences end. */
export function componentUsesPlugin(locale = 'en-GB'): MdastPluginDefinition {
  return {
    name: 'left-open:component-uses',
    options: { position: true },
    after(root, context) {
      const astro = (context.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
      if (astro?.frontmatter) astro.frontmatter['uses'] = componentUses(root as unknown as MdastNode, locale);
    },
  };
}

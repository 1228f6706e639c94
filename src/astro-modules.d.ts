/**
 * `tsc` alone cannot read .astro files (`astro check` types them fully). This declaration lets
 * .ts modules such as src/components/story/index.ts re-export Astro components.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}

/**
 * `tsc` alone cannot read .astro files (`astro check` types them fully). This declaration lets
 * .ts modules such as src/components/story/index.ts re-export Astro components.
 */
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}

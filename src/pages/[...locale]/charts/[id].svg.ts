/** /charts/<id> and /es/charts/<id>.svg: the chart framed with its title, sources and credit, in the light palette. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLocale, pageLocale } from '../../../lib/locales.ts';
import { chartIds, standaloneChartSvg } from '../../../charts/registry.ts';

export const getStaticPaths = (() =>
  inEveryLocale(() => chartIds.map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site, currentLocale }) =>
  new Response(standaloneChartSvg(String(params['id']), String(site), pageLocale(currentLocale)), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });

/** /charts/<id> and /es/charts/<id>.json: the chart's metadata, table and data. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLocale, pageLocale } from '../../../lib/locales.ts';
import { chartJson } from '../../../charts/download-files.ts';
import { chartIds, getChart } from '../../../charts/registry.ts';

export const getStaticPaths = (() =>
  inEveryLocale(() => chartIds.map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, currentLocale }) =>
  new Response(chartJson(getChart(String(params['id']), pageLocale(currentLocale))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

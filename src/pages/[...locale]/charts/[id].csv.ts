/** /charts/<id> and /es/charts/<id>.csv: the chart's table. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLocale, pageLocale } from '../../../lib/locales.ts';
import { chartCsv } from '../../../charts/download-files.ts';
import { chartIds, getChart } from '../../../charts/registry.ts';

export const getStaticPaths = (() =>
  inEveryLocale(() => chartIds.map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, currentLocale }) =>
  new Response(chartCsv(getChart(String(params['id']), pageLocale(currentLocale))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

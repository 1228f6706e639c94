/** /charts/<id>.csv: the chart's table. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv } from '../../charts/download-files.ts';
import { chartIds, getChart } from '../../charts/registry.ts';

export const getStaticPaths = (() => chartIds.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(chartCsv(getChart(String(params['id']))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

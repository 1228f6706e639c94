/** /charts/<id>.json: the chart's metadata, table and data. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartJson } from '../../charts/download-files.ts';
import { chartIds, getChart } from '../../charts/registry.ts';

export const getStaticPaths = (() => chartIds.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(chartJson(getChart(String(params['id']))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

/** /charts/<id>.svg: the chart framed with its title, sources and credit, in the light palette. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds, type ChartId } from '../../charts/registry.ts';
import { standaloneChartSvg } from '../../charts/standalone.ts';

export const getStaticPaths = (() => chartIds.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(standaloneChartSvg(params['id'] as ChartId, String(site)), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });

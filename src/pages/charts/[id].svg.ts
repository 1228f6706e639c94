/** /charts/<id>.svg: the chart framed with its title, sources and credit, in the light palette. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds, standaloneChartSvg } from '../../charts/registry.ts';

export const getStaticPaths = (() => chartIds.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(standaloneChartSvg(String(params['id']), String(site)), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });

/** /charts/<id>.svg: the wide layout in the light palette, for downloads, print and slides. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { standaloneSvg } from '../../charts/downloads.ts';
import { palette } from '../../charts/palette.ts';
import { chartIds, type ChartId } from '../../charts/registry.ts';
import { renderChartMarkup } from '../../charts/render.ts';
import { layoutWidths } from '../../charts/types.ts';

export const getStaticPaths = (() => chartIds.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(standaloneSvg(renderChartMarkup(params['id'] as ChartId, layoutWidths.wide, `chart-${params['id']}`), palette.bg.light), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });

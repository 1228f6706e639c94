/** /charts/<id>.png: the SVG download as an image, for social cards, slides and print. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { standaloneSvg } from '../../charts/downloads.ts';
import { palette } from '../../charts/palette.ts';
import { svgToPng } from '../../charts/png.ts';
import { chartIds, type ChartId } from '../../charts/registry.ts';
import { renderChartMarkup } from '../../charts/render.ts';
import { layoutWidths } from '../../charts/types.ts';

export const getStaticPaths = (() => chartIds.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const svg = standaloneSvg(renderChartMarkup(params['id'] as ChartId, layoutWidths.wide, `chart-${params['id']}`), palette.bg.light);
  return new Response(svgToPng(svg, palette.bg.light) as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};

/** /charts/<id> and /es/charts/<id>.png: the standalone SVG as an image, for social cards, slides and print. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLocale, pageLocale } from '../../../lib/locales.ts';
import { palette } from '../../../charts/palette.ts';
import { svgToPng } from '../../../charts/png.ts';
import { chartIds, standaloneChartSvg } from '../../../charts/registry.ts';

export const getStaticPaths = (() =>
  inEveryLocale(() => chartIds.map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site, currentLocale }) =>
  new Response(
    svgToPng(
      standaloneChartSvg(String(params['id']), String(site), pageLocale(currentLocale)),
      palette.bg.light,
    ) as Uint8Array<ArrayBuffer>,
    { headers: { 'Content-Type': 'image/png' } },
  );

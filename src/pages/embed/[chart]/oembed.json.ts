/** /embed/<id>/oembed.json: the chart's oEmbed description, linked from its embed page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import strings from '../../../../content/strings.json';
import { chartIds } from '../../../charts/registry.ts';
import { embeddableChart } from '../../../embed/embeddable.ts';
import { chartChapters } from '../../../lib/chapters.ts';
import { oembedFor } from '../../../embed/oembed.ts';

export const getStaticPaths = (() => chartIds.map((id) => ({ params: { chart: id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url }) => {
  const chart = embeddableChart(params.chart ?? '', await chartChapters());
  return Response.json(
    oembedFor({
      site: site ?? url,
      chartId: chart.id,
      title: chart.title,
      fallbackHeight: chart.fallbackHeight,
      siteName: strings.siteTitle,
    }),
  );
};

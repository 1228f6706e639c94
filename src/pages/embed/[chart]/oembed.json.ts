/** /embed/<id>/oembed.json: the chart's oEmbed description, linked from its embed page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import strings from '../../../../content/strings.json';
import { embedHeightAt, tallestEmbedHeight } from '../../../embed/embed-heights.ts';
import { embeddableChart, embeddableCharts } from '../../../embed/embeddable.ts';
import { oembedFor, oembedWidth } from '../../../embed/oembed.ts';
import { chartThumbnail } from '../../../embed/thumbnail.ts';

export const getStaticPaths = (() =>
  embeddableCharts.map((chart) => ({ params: { chart: chart.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site, url }) => {
  const chart = embeddableChart(params.chart ?? '');
  // Until `npm run embed-heights` has measured a new chart, its estimated height stands in (and the embed tests fail).
  return Response.json(
    oembedFor({
      site: site ?? url,
      chartId: chart.id,
      title: chart.title,
      fallbackHeight: tallestEmbedHeight(chart.id) ?? chart.fallbackHeight,
      height: embedHeightAt(chart.id, oembedWidth) ?? chart.fallbackHeight,
      siteName: strings.siteTitle,
      thumbnail: chartThumbnail(chart.id, site ?? url),
    }),
  );
};

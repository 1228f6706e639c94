/** /embed/<id>/oembed.json: the chart's oEmbed description, linked from its embed page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import strings from '../../../../content/strings.json';
import { embeddableChart, embeddableCharts } from '../../../embed/embeddable.ts';
import { oembedFor } from '../../../embed/oembed.ts';

export const getStaticPaths = (() =>
  embeddableCharts.map((chart) => ({ params: { chart: chart.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site, url }) => {
  const chart = embeddableChart(params.chart ?? '');
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

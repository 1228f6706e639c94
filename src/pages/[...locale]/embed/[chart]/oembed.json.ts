/** /embed/<id>/oembed.json: the chart's oEmbed description, linked from its embed page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLocale, pageLocale } from '../../../../lib/locales.ts';
import { stringsFor } from '../../../../lib/strings.ts';
import { embedHeightAt, tallestEmbedHeight } from '../../../../embed/embed-heights.ts';
import { chartIds } from '../../../../charts/registry.ts';
import { embeddableChart } from '../../../../embed/embeddable.ts';
import { oembedFor, oembedWidth } from '../../../../embed/oembed.ts';
import { chartThumbnail } from '../../../../embed/thumbnail.ts';
import { chartChapters } from '../../../../lib/chapters.ts';

export const getStaticPaths = (() =>
  inEveryLocale(() => chartIds.map((id) => ({ params: { chart: id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url, currentLocale }) => {
  const locale = pageLocale(currentLocale);
  const chart = embeddableChart(params.chart ?? '', await chartChapters(locale), locale);
  // Until `npm run embed-heights` has measured a new chart, its estimated height stands in (and the embed tests fail).
  return Response.json(
    oembedFor({
      site: site ?? url,
      chartId: chart.id,
      locale,
      title: chart.title,
      fallbackHeight: tallestEmbedHeight(chart.id) ?? chart.fallbackHeight,
      height: embedHeightAt(chart.id, oembedWidth) ?? chart.fallbackHeight,
      siteName: stringsFor(locale).siteTitle,
      thumbnail: chartThumbnail(chart.id, site ?? url, locale),
    }),
  );
};

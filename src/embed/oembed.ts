/**
 * oEmbed (https://oembed.com/) descriptions of the charts: one static JSON file per chart at
 * /embed/<id>/oembed.json, announced by a discovery <link> on the chart's embed page. The `html`
 * is shaped for WordPress, the commonest consumer (see `oembedHtml`); `width` and `height` are
 * the embed's real size in a frame that wide, measured (src/embed/embed-heights.ts).
 */
import { z } from 'zod';
import { defaultLocale, localizedPath, type Locale } from '../lib/locales.ts';
import { embedPageUrl, oembedHtml, type EmbedTarget } from './embed-code.ts';
import type { ChartThumbnail } from './thumbnail.ts';

/** An oEmbed 1.0 "rich" response, the type whose `html` is an iframe snippet. */
export const oembedRichSchema = z.object({
  version: z.literal('1.0'),
  type: z.literal('rich'),
  /** Chart title. */
  title: z.string().min(1),
  provider_name: z.string().min(1),
  /** The site's home page. */
  provider_url: z.url(),
  author_name: z.string().min(1),
  author_url: z.url(),
  /** A blockquote linking to the chart, the iframe and our loader (see `oembedHtml`). */
  html: z.string().min(1),
  /** A width in px; the iframe itself is fluid. */
  width: z.number().int().positive(),
  /** The embed's height in px in a frame `width` px wide. */
  height: z.number().int().positive(),
  /** Static PNG of the chart, and its size in pixels. */
  thumbnail_url: z.url().optional(),
  thumbnail_width: z.number().int().positive().optional(),
  thumbnail_height: z.number().int().positive().optional(),
  /** Seconds a consumer may cache this description. */
  cache_age: z.number().int().positive(),
});

/** One oEmbed response. */
export type OEmbedRich = z.output<typeof oembedRichSchema>;

/** Width the oEmbed response gives (one of the measured frame widths); the embed reads well from 280 px and fills any column. */
export const oembedWidth = 640;

/** Absolute URL of a chart's oEmbed JSON. */
export function oembedUrl(site: string | URL, chartId: string, locale: Locale = defaultLocale): string {
  return new URL('oembed.json', embedPageUrl(site, chartId, locale)).href;
}

/** What the oEmbed description of one chart needs. */
export interface OEmbedTarget extends EmbedTarget {
  siteName: string;
  /** The embed's height in px at {@link oembedWidth}. */
  height: number;
  thumbnail?: ChartThumbnail | undefined;
}

/** The oEmbed description of one chart, validated against {@link oembedRichSchema}. */
export function oembedFor(target: OEmbedTarget): OEmbedRich {
  const home = new URL(localizedPath(target.locale ?? defaultLocale, '/'), target.site).href;
  return oembedRichSchema.parse({
    version: '1.0',
    type: 'rich',
    title: target.title,
    provider_name: target.siteName,
    provider_url: home,
    author_name: target.siteName,
    author_url: home,
    html: oembedHtml(target),
    width: oembedWidth,
    height: Math.round(target.height),
    ...(target.thumbnail && {
      thumbnail_url: new URL(target.thumbnail.url, target.site).href,
      thumbnail_width: target.thumbnail.width,
      thumbnail_height: target.thumbnail.height,
    }),
    cache_age: 86_400,
  });
}

/**
 * oEmbed (https://oembed.com/) descriptions of the charts: one static JSON file per chart at
 * /embed/<id>/oembed.json, announced by a discovery <link> on the chart's embed page.
 */
import { z } from 'zod';
import { embedCode, embedPageUrl, type EmbedTarget } from './embed-code.ts';

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
  /** The default embed code (iframe plus loader). */
  html: z.string().min(1),
  /** Suggested width in px; the iframe itself is fluid. */
  width: z.number().int().positive(),
  /** Height in px the iframe starts at. */
  height: z.number().int().positive(),
  /** Static PNG of the chart. */
  thumbnail_url: z.url().optional(),
  thumbnail_width: z.number().int().positive().optional(),
  thumbnail_height: z.number().int().positive().optional(),
  /** Seconds a consumer may cache this description. */
  cache_age: z.number().int().positive(),
});

/** One oEmbed response. */
export type OEmbedRich = z.output<typeof oembedRichSchema>;

/** Width the oEmbed response suggests; the embed reads well from 280 px and fills any column. */
export const oembedWidth = 640;

/** Absolute URL of a chart's oEmbed JSON. */
export function oembedUrl(site: string | URL, chartId: string): string {
  return new URL('oembed.json', embedPageUrl(site, chartId)).href;
}

/** The oEmbed description of one chart, validated against {@link oembedRichSchema}. */
export function oembedFor(
  target: EmbedTarget & { siteName: string; thumbnail?: { url: string; width: number; height: number } | undefined },
): OEmbedRich {
  const home = new URL('/', target.site).href;
  return oembedRichSchema.parse({
    version: '1.0',
    type: 'rich',
    title: target.title,
    provider_name: target.siteName,
    provider_url: home,
    author_name: target.siteName,
    author_url: home,
    html: embedCode(target),
    width: oembedWidth,
    height: Math.round(target.fallbackHeight),
    ...(target.thumbnail && {
      thumbnail_url: new URL(target.thumbnail.url, target.site).href,
      thumbnail_width: target.thumbnail.width,
      thumbnail_height: target.thumbnail.height,
    }),
    cache_age: 86_400,
  });
}

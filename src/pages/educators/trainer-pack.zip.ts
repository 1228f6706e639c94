/** The offline trainer pack, zipped at build time: /educators/trainer-pack.zip. */
import type { APIRoute } from 'astro';
import { siteTrainerPack } from '../../educators/handout-data.ts';

export const GET: APIRoute = ({ site }) => {
  const bytes = siteTrainerPack(site);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/zip' } });
};

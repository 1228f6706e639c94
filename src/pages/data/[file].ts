/** Serves each file of data/derived as a static download: /data/facts.csv, /data/facts.json … */
import type { APIRoute, GetStaticPaths } from 'astro';
import { derivedFiles } from '../../lib/derived-files.ts';

export const getStaticPaths = (() =>
  derivedFiles().map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

const contentTypes: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: ReturnType<typeof derivedFiles>[number] };
  return new Response(file.text, {
    headers: { 'Content-Type': contentTypes[file.format] ?? 'text/plain; charset=utf-8' },
  });
};

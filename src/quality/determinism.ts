/**
 * Determinism of the build: two builds from the same commit must give the same files with the
 * same bytes. Files allowed to differ are named, each with the reason.
 */
import { createHash } from 'node:crypto';
import type { SiteFiles } from './site.ts';

/**
 * Files that may differ between two builds of the same commit, with the reason. Empty: Astro
 * writes no build time or random value into dist/, and our own code must not either.
 */
export const filesAllowedToDiffer: Readonly<Record<string, string>> = {};

/** SHA-256 of every file, by path. */
export function fingerprint(site: SiteFiles): Map<string, string> {
  return new Map([...site].map(([file, bytes]) => [file, createHash('sha256').update(bytes).digest('hex')]));
}

/** How two builds differ: files only in one, and files whose bytes differ, except the allowed ones. */
export function buildDifferences(
  first: SiteFiles,
  second: SiteFiles,
  allowed: Readonly<Record<string, string>> = filesAllowedToDiffer,
): string[] {
  const a = fingerprint(first);
  const b = fingerprint(second);
  const differences: string[] = [];
  for (const file of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    if (file in allowed) continue;
    if (!b.has(file)) differences.push(`${file}: only in the first build`);
    else if (!a.has(file)) differences.push(`${file}: only in the second build`);
    else if (a.get(file) !== b.get(file)) differences.push(`${file}: bytes differ between the builds`);
  }
  return differences;
}

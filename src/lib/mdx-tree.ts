/**
 * An MDX file read into its syntax tree with the same parser the site builds with (Sätteri), and
 * its frontmatter parsed: for tests that check chapters and pages, and the fixture MDX, without
 * building the site.
 */
import { readFileSync } from 'node:fs';
import { mdxToMdast } from 'satteri';
import { parse } from 'yaml';
import type { MdastNode } from './component-uses.ts';

/** A parsed MDX file: its tree and its frontmatter (empty when it has none). */
export interface MdxFile {
  tree: MdastNode;
  frontmatter: Record<string, unknown>;
}

/** Parses MDX source. */
export function parseMdx(source: string): MdxFile {
  const tree = mdxToMdast(source) as unknown as MdastNode;
  const yaml = tree.children?.find((node) => node.type === 'yaml');
  return { tree, frontmatter: yaml?.value ? (parse(yaml.value) as Record<string, unknown>) : {} };
}

/** Reads and parses an MDX file. */
export function readMdx(path: string): MdxFile {
  return parseMdx(readFileSync(path, 'utf8'));
}

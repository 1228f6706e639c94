/**
 * Where things go in the trainer pack: which built page becomes which offline lab page, which
 * page is printed to which PDF, and how site links are rewritten inside the pack. Shared by the
 * ZIP endpoint (for the README's file list) and by pack-finish.ts, which adds these files.
 */
import { chapterSlugs } from '../schemas/chapter-slugs.ts';

/** Built pages that become lab pages in the pack, opened from file:// with relative paths. */
export const packLabPages = [
  { page: 'educators/simulator/index.html', file: 'labs/simulator.html', path: '/educators/simulator/' },
  { page: 'educators/challenges/index.html', file: 'labs/challenges.html', path: '/educators/challenges/' },
  { page: 'educators/redaction-lab/index.html', file: 'labs/redaction-lab.html', path: '/educators/redaction-lab/' },
  { page: 'educators/quiz/index.html', file: 'labs/quiz.html', path: '/educators/quiz/' },
] as const;

/** Folder of the lab pages' scripts, styles and fonts. */
export const labAssets = 'labs/assets';
/** The lab pages' one classic script (module scripts do not run from file://). */
export const labScript = `${labAssets}/labs.js`;

/** Built pages printed to PDF, chapters first in reading order. */
export const packPdfs: readonly { page: string; file: string; path: string }[] = [
  ...chapterSlugs.map((slug, index) => ({
    page: `chapters/${slug}/index.html`,
    file: `chapters/${String(index + 1).padStart(2, '0')}-${slug}.pdf`,
    path: `/chapters/${slug}/`,
  })),
  { page: 'educators/handout/index.html', file: 'handout.pdf', path: '/educators/handout/' },
];

/** The slides, printed from the pack's own HTML. */
export const packSlides = { html: 'slides/slides.html', pdf: 'slides/slides.pdf' } as const;

/** Files the finishing step adds, for the README (the lab pages' styles and fonts are listed as one folder). */
export const laterPackFiles: readonly string[] = [
  ...packLabPages.map((lab) => lab.file),
  labScript,
  ...packPdfs.map((pdf) => pdf.file),
  packSlides.pdf,
];

/**
 * Where a site path points from inside the pack's labs folder: another lab page, a chapter's
 * PDF, or nothing (the caller then writes an absolute address, or drops the link).
 */
export function packLinkFromLabs(href: string): string | undefined {
  const [path = '', fragment] = href.split('#');
  const suffix = fragment === undefined ? '' : `#${fragment}`;
  const lab = packLabPages.find((candidate) => candidate.path === path);
  if (lab) return `${lab.file.replace(/^labs\//, '')}${suffix}`;
  const pdf = packPdfs.find((candidate) => candidate.path === path);
  if (pdf) return `../${pdf.file}`;
  return undefined;
}

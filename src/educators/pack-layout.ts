/**
 * Where things go in an edition's trainer pack: which built page becomes which offline lab page,
 * which page is printed to which PDF, and how site links are rewritten inside the pack. Shared by
 * the ZIP endpoint (for the README's file list) and by pack-finish.ts, which adds these files.
 * Every edition's pack has the same file names; only the pages it is made from differ
 * (educators/quiz/index.html, es/educators/quiz/index.html).
 */
import { localizedPath, type Locale } from '../lib/locales.ts';
import { chapterSlugs } from '../schemas/chapter-slugs.ts';

/** A built page (file in dist/, URL path) and the file it becomes in the pack. */
export interface PackPage {
  page: string;
  file: string;
  path: string;
}

/** The built page of an edition's URL path: "/es/educators/quiz/" is "es/educators/quiz/index.html". */
const builtPage = (path: string): string => `${path.slice(1)}index.html`;

/** Folder of the lab pages' scripts, styles and fonts. */
export const labAssets = 'labs/assets';
/** The lab pages' one classic script (module scripts do not run from file://). */
export const labScript = `${labAssets}/labs.js`;

/** The slides, printed from the pack's own HTML. */
export const packSlides = { html: 'slides/slides.html', pdf: 'slides/slides.pdf' } as const;

/** Where an edition's pack is in dist/: "educators/trainer-pack.zip", "es/educators/trainer-pack.zip". */
export const packZipPath = (locale: Locale): string => localizedPath(locale, '/educators/trainer-pack.zip').slice(1);

/** An edition's pack: its lab pages, its PDFs and how links from its labs resolve. */
export interface PackLayout {
  /** Built pages that become lab pages in the pack, opened from file:// with relative paths. */
  labPages: readonly PackPage[];
  /** Built pages printed to PDF, chapters first in reading order. */
  pdfs: readonly PackPage[];
  /** Files the finishing step adds, for the README (the lab pages' styles and fonts are listed as one folder). */
  laterFiles: readonly string[];
  /**
   * Where a site path points from inside the pack's labs folder: another lab page, a chapter's
   * PDF, or nothing (the caller then writes an absolute address, or drops the link).
   */
  linkFromLabs: (href: string) => string | undefined;
}

/** The layout of an edition's pack. */
export function packLayout(locale: Locale): PackLayout {
  const page = (path: string, file: string): PackPage => {
    const localized = localizedPath(locale, path);
    return { page: builtPage(localized), file, path: localized };
  };
  const labPages = (['simulator', 'challenges', 'redaction-lab', 'quiz'] as const).map((name) =>
    page(`/educators/${name}/`, `labs/${name}.html`),
  );
  const pdfs = [
    ...chapterSlugs.map((slug, index) =>
      page(`/chapters/${slug}/`, `chapters/${String(index + 1).padStart(2, '0')}-${slug}.pdf`),
    ),
    page('/educators/handout/', 'handout.pdf'),
  ];
  const linkFromLabs = (href: string): string | undefined => {
    const [path = '', fragment] = href.split('#');
    const suffix = fragment === undefined ? '' : `#${fragment}`;
    const lab = labPages.find((candidate) => candidate.path === path);
    if (lab) return `${lab.file.replace(/^labs\//, '')}${suffix}`;
    const pdf = pdfs.find((candidate) => candidate.path === path);
    if (pdf) return `../${pdf.file}`;
    return undefined;
  };
  return {
    labPages,
    pdfs,
    laterFiles: [...labPages.map((lab) => lab.file), labScript, ...pdfs.map((pdf) => pdf.file), packSlides.pdf],
    linkFromLabs,
  };
}

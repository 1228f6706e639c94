/**
 * The slides with speaker notes as one self-contained HTML file: one <section> per slide, the
 * notes in an <aside> under it. On screen the slides stack; in print (and in the PDF the pack
 * prints from it) each slide fills a landscape page with its notes at the foot.
 */
import { printColours, siteColours } from '../charts/palette.ts';
import { fillTemplate } from '../lib/template.ts';
import type { Lesson } from './content.ts';
import { escapeHtml } from './handout.ts';

/** Words the deck needs besides the lesson. */
export interface SlideStrings {
  title: string;
  notes: string;
  slideCount: string;
}

const { surface, text, border, muted } = siteColours;
const { paper } = printColours;

/** The deck's styles, in the site's colours (src/charts/palette.ts), on white paper. */
const css = `
body { font-family: system-ui, sans-serif; margin: 0; background: ${surface.light}; color: ${text.light}; }
.slide { box-sizing: border-box; max-width: 60rem; margin: 1.5rem auto; padding: 2rem 3rem;
  background: ${paper}; border: 1px solid ${border.light}; }
.slide h2 { font-size: 2rem; margin: 0 0 1rem; font-family: Georgia, serif; }
.slide ul { font-size: 1.4rem; line-height: 1.5; }
.count { color: ${muted.light}; font-size: 0.9rem; }
.notes { border-top: 1px dashed ${border.light}; margin-top: 1.5rem; padding-top: 0.75rem; font-size: 1rem; color: ${muted.light}; }
.notes h3 { font-size: 0.9rem; margin: 0 0 0.25rem; text-transform: uppercase; letter-spacing: 0.05em; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { background: ${paper}; }
  .slide { border: 0; margin: 0; max-width: none; height: 180mm; break-after: page; display: flex; flex-direction: column; }
  .slide .body { flex: 1; }
}
`.trim();

/** The deck as a complete HTML document in the language `lang`; `fill` fills `{fact:id}` markers. */
export function slidesHtml(
  lesson: Lesson,
  fill: (text: string) => string,
  strings: SlideStrings,
  lang: string,
): string {
  const total = lesson.slides.length;
  const sections = lesson.slides.map(
    (slide, index) => `<section class="slide" aria-labelledby="slide-${index + 1}">
<div class="body">
<p class="count">${escapeHtml(fillTemplate(strings.slideCount, { n: index + 1, total }))}</p>
<h2 id="slide-${index + 1}">${escapeHtml(fill(slide.title))}</h2>
<ul>${slide.points.map((point) => `<li>${escapeHtml(fill(point))}</li>`).join('')}</ul>
</div>
<aside class="notes"><h3>${escapeHtml(strings.notes)}</h3><p>${escapeHtml(fill(slide.notes))}</p></aside>
</section>`,
  );
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${strings.title}: ${fill(lesson.title)}`)}</title>
<style>
${css}
</style>
</head>
<body>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}

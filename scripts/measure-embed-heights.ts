/**
 * `npm run embed-heights` (after `npm run build`): measures every embed page in Chromium at the
 * frame widths in src/embed/embed-heights.ts and writes src/embed/embed-heights.json, from which
 * the next build takes the oEmbed `height` and the embed code's fixed iframe height. Run it
 * whenever a chart, its text or the embed layout changes; the embed browser tests fail, naming
 * this command, while the recorded heights are out of date.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chartIds } from '../src/charts/registry.ts';
import { embedHeightsFile, frameWidths } from '../src/embed/embed-heights.ts';
import { chromiumArgs, findChromium } from '../tests/browser/chromium.ts';
import { measureEmbedHeights } from './embed-heights.ts';
import { startStaticServer } from './static-server.ts';

const { server, url } = await startStaticServer('dist', 0);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  const heights = await measureEmbedHeights(browser, url, chartIds, frameWidths);
  writeFileSync(embedHeightsFile, `${JSON.stringify(heights, null, 2)}\n`);
  for (const [chartId, byWidth] of Object.entries(heights))
    console.log(
      `${chartId}: ${Object.entries(byWidth)
        .map(([width, height]) => `${height} px at ${width}`)
        .join(', ')}`,
    );
  console.log(
    `Wrote ${embedHeightsFile}; run \`npm run build\` again so the oEmbed descriptions and embed codes use them.`,
  );
} finally {
  await browser.close();
  server.close();
}

/** The layouts every chart is drawn in, and what a chart spec receives and returns. */

/** What every chart spec receives besides its data and its words. */
export interface RenderOptions {
  /** Width in pixels of the layout to draw; specs switch to a narrow layout below `narrowBelow`. */
  width: number;
  /** The DOM to build with: the browser's, or linkedom's at build time. */
  document: Document;
  /** Prefix for every id in the SVG, unique on the page (two layouts of one chart share a page). */
  idPrefix: string;
  /** Chart title, repeated in the SVG's <title> so the image stands alone when downloaded. */
  title: string;
  /** The accessible description generated from the data, in the SVG's <desc>. */
  description: string;
  /** The embed's compact view: a chart may leave out text its marks' details and its table give. */
  compact?: boolean | undefined;
}

/** A drawn chart: its root element and the size its viewBox reserves, carried forward rather than read back. */
export interface RenderedChart {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

/** Widths below this get the narrow layout: labels above marks instead of beside them. */
export const narrowBelow = 560;

/**
 * The widths every chart is rendered at; CSS shows the one nearest the frame's width, so a
 * chart is drawn at 0.93 to 1.5 times its design size, never a desktop chart shrunk onto a phone
 * (the wide layout from a 42rem frame: 672 of 720 px). Chart text is at least 13 px, so it is
 * never drawn below 12 px.
 * narrow and medium use the narrow layout (labels above marks), wide the wide one.
 */
export const layoutWidths = { narrow: 300, medium: 460, wide: 720 } as const;

export type LayoutName = keyof typeof layoutWidths;

/**
 * What MDX chapters use. The chapter page passes these to `<Content components={…} />`, so a
 * chapter writes `<Fact id="servers" />` without importing anything.
 */
import Callout from './Callout.astro';
import ChartFigure from './ChartFigure.astro';
import Cite from './Cite.astro';
import Fact from './Fact.astro';
import KeyTakeaways from './KeyTakeaways.astro';
import StepExplainer from './StepExplainer.astro';

/** The components every chapter can use by name. */
export const storyComponents = { Callout, ChartFigure, Cite, Fact, KeyTakeaways, StepExplainer };

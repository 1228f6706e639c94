/**
 * The charts for the trainer pack. They come from the charts registry (src/charts/registry.ts,
 * built on the `charts` branch); until that registry is part of the build, the pack ships
 * without charts and its README says so.
 */
import type { PackChart } from './trainer-pack.ts';

/** Every chart as SVG, PNG and alternative text; empty when the registry is not in this build. */
export async function packCharts(): Promise<PackChart[]> {
  return [];
}

/** The charts the hub links to: id and title; empty when the registry is not in this build. */
export async function availableCharts(): Promise<{ id: string; title: string }[]> {
  return (await packCharts()).map(({ id, title }) => ({ id, title }));
}

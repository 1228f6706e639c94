/**
 * Zod schemas for the educators' labs: the source of their types. Kept apart from the logic so
 * the browser bundles import only types from here and ship no zod.
 */
import { z } from 'zod';

/** A rule as typed into the table: every cell is free text until it is parsed. */
export const ruleDraftSchema = z.object({
  /** 100 to 4096; lower numbers are checked first. */
  priority: z.string(),
  name: z.string(),
  /** "Allow" or "Deny" (any case). */
  access: z.string(),
  /** CIDR blocks or addresses separated by commas, or a tag: "*", "Any", "Internet", "VirtualNetwork". */
  source: z.string(),
  /** Destination port: "9200", a range "9200-9300", or "*". */
  port: z.string(),
});
export type RuleDraft = z.output<typeof ruleDraftSchema>;

/** The simulator's whole state: the rule table and whether the database asks for a password. */
export const scenarioSchema = z.object({
  rules: z.array(ruleDraftSchema),
  authentication: z.boolean(),
});
export type Scenario = z.output<typeof scenarioSchema>;

/** How a planted value is written. */
export const plantedFormatSchema = z.enum([
  'standard',
  'spaces',
  'spelled-out',
  'line-break',
  'look-alike',
  'punctuation',
  'defanged',
  'ipv6',
]);

/** Kinds of personal data the lab plants and the rules look for. */
export const dataKindSchema = z.enum(['email', 'phone', 'ip']);
export type DataKind = z.output<typeof dataKindSchema>;

/** A piece of (synthetic) personal data planted in a note; `value` occurs exactly once in it. */
export const plantedItemSchema = z.object({
  id: z.string(),
  kind: dataKindSchema,
  format: plantedFormatSchema,
  value: z.string(),
});
export type PlantedItem = z.output<typeof plantedItemSchema>;

/** One support note: what an agent might have typed into a case. */
export const supportNoteSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  planted: z.array(plantedItemSchema),
  /** Text that looks like personal data but is not, and why it matters. */
  decoys: z.array(z.object({ value: z.string(), what: z.string() })),
});
export type SupportNote = z.output<typeof supportNoteSchema>;

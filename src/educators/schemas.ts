/**
 * Zod schemas for the educators' labs: the source of their types. They use `zod/mini`, the
 * tree-shakable build, because the simulator validates a shared link's state in the browser and
 * the full build would add tens of kilobytes to the page.
 */
import * as z from 'zod/mini';

/** Longest text a cell of the rule table may hold in a shared link (Azure's longest field, a name, is 80). */
const CELL_MAX = 200;
const cell = z.string().check(z.maxLength(CELL_MAX));

/** A rule as typed into the table: every cell is free text until it is parsed. */
export const ruleDraftSchema = z.object({
  /** 100 to 4096; lower numbers are checked first. */
  priority: cell,
  /** Azure's rule name rules: 1 to 80 word characters, dots, dashes or underscores. */
  name: cell,
  /** "Allow" or "Deny" (any case). */
  access: cell,
  /** "TCP", "UDP", "ICMP" or "Any". */
  protocol: cell,
  /** Addresses and CIDR blocks separated by commas, or one service tag: "*", "Any", "Internet", "VirtualNetwork", "AzureLoadBalancer". */
  source: cell,
  /** Where the traffic goes, written like the source. */
  destination: cell,
  /** Destination ports: "9200", "9200-9300", a comma list of both, or "*". */
  port: cell,
});
export type RuleDraft = z.infer<typeof ruleDraftSchema>;

/** Ports the verdict can be about: Elasticsearch's HTTP API and its node-to-node transport. */
export const checkedPortSchema = z.enum(['9200', '9300']);
export type CheckedPort = z.infer<typeof checkedPortSchema>;

/** Most rows a table in a shared link may have (Azure allows far more; a lesson needs few). */
export const MAX_RULES = 20;

/** The simulator's whole state: the rule table, whether the database asks for a password, and the port the verdict is about. */
export const scenarioSchema = z.object({
  rules: z.array(ruleDraftSchema).check(z.maxLength(MAX_RULES)),
  authentication: z.boolean(),
  port: checkedPortSchema,
});
export type Scenario = z.infer<typeof scenarioSchema>;

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
  'name',
]);
export type PlantedFormat = z.infer<typeof plantedFormatSchema>;

/** Kinds of personal data the lab plants and the rules look for. */
export const dataKindSchema = z.enum(['email', 'phone', 'ip', 'name']);
export type DataKind = z.infer<typeof dataKindSchema>;

/** A piece of (synthetic) personal data planted in a note; `value` occurs exactly once in it. */
export const plantedItemSchema = z.object({
  id: z.string(),
  kind: dataKindSchema,
  format: plantedFormatSchema,
  value: z.string(),
});
export type PlantedItem = z.infer<typeof plantedItemSchema>;

/** One support note: what an agent might have typed into a case. */
export const supportNoteSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  planted: z.array(plantedItemSchema),
  /** Text that looks like personal data but is not, and why it matters. */
  decoys: z.array(z.object({ value: z.string(), what: z.string() })),
});
export type SupportNote = z.infer<typeof supportNoteSchema>;

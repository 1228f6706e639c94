/**
 * The interface text: content/strings.json, typed by its own shape. Pages and components read
 * it from here and hand the parts a chart or component needs down as input, so an edition in
 * another language is another strings file passed in the same way. Placeholders are filled by
 * `fillTemplate` (src/lib/template.ts).
 */
import english from '../../content/strings.json';

/** Every interface string, by section. */
export type InterfaceStrings = typeof english;

/** The site's interface text (British English). */
export const strings: InterfaceStrings = english;

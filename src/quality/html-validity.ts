/**
 * HTML validity of the built pages with html-validate, configured by .htmlvalidate.json at the
 * project root. JSON has no comments, so the reason for every rule the configuration changes
 * lives in `relaxedRuleReasons` below, and a unit test keeps the two in step.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { readFileSync } from 'node:fs';

/** Why each rule that .htmlvalidate.json changes from html-validate:recommended is changed. */
export const relaxedRuleReasons: Readonly<Record<string, string>> = {
  'long-title':
    "Raised from 70 to 80 characters: the cover's title is the site name plus its subtitle (BaseLayout), " +
    '72 characters; titles are a style matter, not validity.',
  'prefer-native-element':
    'Role "region" allowed: wide tables sit in <div class="…-scroll" tabindex="0" role="region" aria-label="…"> ' +
    'so keyboard users can scroll them (the accessible scroll-container pattern axe expects); the wrapper is not ' +
    'a thematic <section>. Every other role must still use its native element.',
};

/** Reads the checked-in configuration. */
export function loadHtmlValidateConfig(path = '.htmlvalidate.json'): ConfigData {
  return JSON.parse(readFileSync(path, 'utf8')) as ConfigData;
}

/** One page to validate. */
export interface HtmlSource {
  file: string;
  html: string;
}

/** Every error html-validate reports in `sources`, as "file:line:column rule: message". */
export async function htmlErrors(sources: readonly HtmlSource[], config: ConfigData): Promise<string[]> {
  const validator = new HtmlValidate({ ...config, root: true });
  const errors: string[] = [];
  for (const { file, html } of sources) {
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity === 2)
          errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  return errors;
}

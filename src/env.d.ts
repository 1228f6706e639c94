/** What a page shares with the components it renders, through `Astro.locals`. */
import type { SourceNotes } from './lib/source-notes.ts';

declare global {
  namespace App {
    interface Locals {
      /**
       * The numbered source notes of the page being rendered (src/lib/source-notes.ts), set by the
       * page before its MDX renders; `marked` holds the sources whose first marker has been drawn, so
       * only that one carries the id the note links back to.
       */
      sourceNotes?: { notes: SourceNotes; marked: Set<string> };
    }
  }
}

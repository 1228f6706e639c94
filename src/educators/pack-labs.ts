/**
 * The one script of the trainer pack's lab pages: the same custom elements as the site, bundled
 * as a classic script by pack-finish.ts, because browsers refuse module scripts from file://.
 */
import './simulator-element.ts';
import './redaction-element.ts';
import './quiz-element.ts';

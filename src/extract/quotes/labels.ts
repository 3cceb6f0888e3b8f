/**
 * Transcript speaker labels inside a quote: `"SMITH: We will …` / `"Smith: We will …` — a quote
 * that opens its paragraph with a name and a colon is the labelled speaker's turn.
 *
 * A label is accepted when it is
 * - one or two words in capitals (`WALLACE`, `MR. SMITH`), not a heading word of the cue lexicon
 *   (`UPDATE`, `NOTE`, from `nonSpeakerLabels`), or
 * - one capitalised word that is the surname or alias of exactly one person of the article.
 * Linear: looks at the first 40 characters of the quote only.
 */
import type { Speaker } from '../../types.js';
import type { CueLexicon } from '../../lexicons/cues.js';
import type { MentionLayer } from '../mentions.js';

/** `LABEL:` at the start of a quote: up to two words (letters, `.`, `'`, `-`), then a colon and a space. */
const LABEL = /^((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*)?):\s/u;

/**
 * The speaker named by a transcript label at the start of a quote, or null.
 *
 * @param mentions the article's mention layer (people and their aliases).
 * @param start offset of the first character inside the quote marks.
 * @param inner the text inside the marks.
 * @returns the speaker (`coreference` is `name` for a person of the article, else `name-run`), or null.
 */
export function transcriptLabel(mentions: MentionLayer, lex: CueLexicon, start: number, inner: string): Omit<Speaker, 'rule'> | null {
  const m = LABEL.exec(inner.slice(0, 40));
  if (!m) return null;
  const label = m[1]!;
  const words = label.split(' ');
  const shouting = label === label.toUpperCase() && /\p{Lu}{2}/u.test(label);
  const last = words[words.length - 1]!.replace(/[.'’]+$/, '');
  const known = mentions.byAlias.get(last.toLowerCase()) ?? null;
  if (shouting) {
    if (words.some((w) => lex.nonSpeakerLabels.has(w.toLowerCase().replace(/[.:]+$/, '')))) return null;
    if (last.length < 2) return null; // `Q:` / `A:`
  } else if (words.length > 1 || !known) {
    return null;
  }
  const span = { start, end: start + label.length, text: label };
  if (known) return { ...span, name: known.name, type: 'person', ref: known.id, coreference: 'name' };
  const name = words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
  return { ...span, name, type: 'person', ref: null, coreference: 'name-run' };
}

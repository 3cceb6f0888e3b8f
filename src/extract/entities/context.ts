/**
 * Stage 0 of entity extraction: the tagger's tokens seen as words with the flags the rules need
 * (capitalised, written in capitals, possessive, punctuation after, sentence start, shouting line).
 * One pass over the tokens; no regex is compiled per token.
 */
import type { ArticleDocument, Token } from '../../types.js';
import type { EntityLexicon } from '../../lexicons/entity-lexicon.js';
import { isUpperWord, wordKey, type IndexWord } from '../../lexicons/phrase-index.js';

/** A token with the flags used by the entity rules. */
export interface Word extends IndexWord {
  tok: Token;
  /** Index in `doc.tokens`. */
  index: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Has at least one letter. */
  alpha: boolean;
  /** Ends in `'s`, `’s` or a bare apostrophe (the span end excludes it). */
  possessive: boolean;
  /** End offset of the word without a possessive ending (with the period of `Inc.`). */
  end: number;
  /** Punctuation after the word (or before the next) separates it from the next word. */
  breakAfter: boolean;
  /** Joined to the next word by a hyphen with no space (`al-Moualem`). */
  hyphenNext: boolean;
  /** First word of a sentence, or first after an opening quote, colon, bracket or dash. */
  sentStart: boolean;
  /** In a line written in capitals or headline case: capitalisation says nothing. */
  shouting: boolean;
  /** Tagger tags. */
  tags: Set<string>;
}

/** Per-sentence word ranges and the words of the document. */
export interface Context {
  doc: ArticleDocument;
  lex: EntityLexicon;
  words: Word[];
  /** [first, end) word indexes of each sentence that has words. */
  sentences: Array<[number, number]>;
  /** Organization kind (`union`, `company`) → names in the document; set after resolution (`nominal.ts`). */
  orgKinds?: Map<string, string[]>;
}

const BREAK_CHARS = /[,.;:!?()[\]{}"“”‘’«»—–/|…]/;
const START_CHARS = /["“‘«(:\[—–]/;
const INITIAL = /^\p{Lu}$/u;
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'prof', 'rev', 'lt', 'col', 'maj', 'capt', 'jr', 'sr', 'mt', 'ft', 'adm', 'sgt', 'brig', 'hon', 'fr']);

function possessiveLength(text: string): number {
  if (/['’]s$/i.test(text) && text.length > 2) return 2;
  if (/s['’]$/.test(text) && text.length > 2) return 1;
  return 0;
}

/** Builds the words of a tagged document. */
export function buildContext(doc: ArticleDocument, lex: EntityLexicon): Context {
  const words: Word[] = [];
  const sentences: Array<[number, number]> = [];
  let sentence = -1;
  doc.tokens.forEach((tok, index) => {
    if (tok.sentence !== sentence) {
      if (sentences.length > 0) sentences[sentences.length - 1]![1] = words.length;
      sentences.push([words.length, words.length]);
      sentence = tok.sentence;
    }
    const text = tok.text;
    const pos = possessiveLength(text);
    const post = tok.post;
    const postChars = post.replace(/\s+/g, '');
    const key = wordKey(text);
    let breakAfter = postChars.length > 0 && BREAK_CHARS.test(postChars);
    const hyphenNext = postChars === '-' && !/\s/.test(post);
    if (postChars === '-' && /\s/.test(post)) breakAfter = true; // `Sri Lanka - Arjuna Ranatunga`
    if (postChars === '.' && (INITIAL.test(text) || ABBREV.has(key))) breakAfter = false;
    if (/[\n\r]/.test(post)) breakAfter = true;
    const prev = words[words.length - 1];
    const first = words.length === sentences[sentences.length - 1]![0];
    if (prev && !first && (tok.pre.length > 0 && BREAK_CHARS.test(tok.pre))) prev.breakAfter = true;
    words.push({
      tok,
      index,
      key,
      upper: isUpperWord(text.slice(0, text.length - pos)), // `UK's` is written in capitals
      cap: /^\p{Lu}/u.test(text),
      alpha: /\p{L}/u.test(text),
      possessive: pos > 0,
      end: tok.end - pos + (pos === 0 && post.startsWith('.') && lex.abbreviationsWithDot.has(key) ? 1 : 0),
      breakAfter,
      hyphenNext,
      sentStart: first || START_CHARS.test(tok.pre) || (prev !== undefined && START_CHARS.test(prev.tok.post)),
      shouting: false,
      tags: new Set(tok.tags),
    });
  });
  if (sentences.length > 0) sentences[sentences.length - 1]![1] = words.length;
  for (const [a, b] of sentences) markShouting(words, a, b, lex);
  return { doc, lex, words, sentences };
}

/**
 * Marks a sentence as shouting when most of its words are in capitals (`SOCCER - JAPAN GET LUCKY
 * WIN`) or in headline case (most longer words capitalised, `Syria Talks Falter as …`).
 */
function markShouting(words: Word[], a: number, b: number, lex: EntityLexicon): void {
  let letters = 0;
  let upper = 0;
  let long = 0;
  let capLong = 0;
  for (let i = a; i < b; i++) {
    const w = words[i]!;
    if (!w.alpha) continue;
    if (w.key.length >= 2) {
      letters++;
      if (w.upper) upper++;
    }
    if (w.key.length >= 4 && lex.commonWords.has(w.key) && !lex.titles.has(w.key)) {
      long++;
      if (w.cap) capLong++;
    }
  }
  const allCaps = letters >= 2 && upper / letters >= 0.75;
  const last = words[b - 1]!;
  const headline = long >= 4 && capLong / long >= 0.8 && !/[.!?]/.test(last.tok.post + last.tok.text.slice(-1));
  if (!allCaps && !headline) return;
  for (let i = a; i < b; i++) words[i]!.shouting = true;
}

/** Start offset, end offset (possessive excluded) and text of words [s, e). */
export function spanOf(ctx: Context, s: number, e: number): { start: number; end: number; text: string } {
  const start = ctx.words[s]!.tok.start;
  const end = ctx.words[e - 1]!.end;
  return { start, end, text: ctx.doc.text.slice(start, end) };
}

/** Tag test helper. */
export function hasTag(w: Word | undefined, ...tags: string[]): boolean {
  if (!w) return false;
  for (const t of tags) if (w.tags.has(t)) return true;
  return false;
}

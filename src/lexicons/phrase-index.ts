/**
 * A phrase index (gazetteer look-up structure): multi-word phrases keyed by their first word, so a
 * look-up at a token position costs O(number of phrases sharing that first word × phrase length),
 * independent of the size of the lexicon. Built once at lexicon load.
 *
 * Words are compared by {@link wordKey}: lower case, curly apostrophes straightened, possessive
 * `'s` and dots removed (`U.S.` → `us`, `Syria's` → `syria`). A phrase written entirely in capitals
 * (`UN`, `US`, `WHO`) only matches tokens written in capitals, so `us` and `who` are never taken
 * for the acronyms.
 */

/** Lower-case look-up key of one word; see the module comment. */
export function wordKey(word: string): string {
  let k = word.toLowerCase().replace(/[’‘`]/g, "'");
  k = k.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (k.endsWith("'s")) k = k.slice(0, -2);
  else if (k.endsWith("'")) k = k.slice(0, -1);
  return k.replace(/\./g, '');
}

/** Splits a lexicon phrase into look-up keys (on spaces and hyphens, as the tokenizer does). */
export function phraseKeys(phrase: string): string[] {
  return phrase
    .split(/[\s\u00a0-]+/)
    .map(wordKey)
    .filter((k) => k.length > 0);
}

/** True when a word is written in capitals (at least one letter, no lower-case letter). */
export function isUpperWord(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

interface Entry<T> {
  keys: string[];
  value: T;
  /** Phrase written in capitals: tokens must be too. */
  upper: boolean;
}

/** A word as the index sees it: its key and whether it is written in capitals. */
export interface IndexWord {
  key: string;
  upper: boolean;
}

/** Multi-word phrase → value, longest match first. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<Entry<T>>>();
  /** Longest phrase, in words. */
  maxWords = 0;

  /**
   * Adds a phrase. A phrase already present keeps its first value (returns false).
   * @param phrase as written in the lexicon, e.g. `Deputy Foreign Minister`, `U.S.`.
   */
  add(phrase: string, value: T): boolean {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return false;
    const upper = phrase.replace(/[^\p{L}]/gu, '').length <= 5 && isUpperWord(phrase) && keys.length === 1;
    const added = this.addKeys(keys, value, upper);
    // the tagger keeps some hyphenated words whole (`President-elect`): index that form too
    if (phrase.includes('-')) {
      const joined = phrase.split(/[\s\u00a0]+/).map(wordKey).filter((k) => k.length > 0);
      if (joined.length > 0 && joined.join(' ') !== keys.join(' ')) this.addKeys(joined, value, upper);
    }
    return added;
  }

  private addKeys(keys: string[], value: T, upper: boolean): boolean {
    const list = this.byFirst.get(keys[0]!) ?? [];
    if (list.some((e) => e.keys.join(' ') === keys.join(' ') && e.upper === upper)) return false;
    list.push({ keys, value, upper });
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(keys[0]!, list);
    this.maxWords = Math.max(this.maxWords, keys.length);
    return true;
  }

  /** True when some phrase has exactly these keys. */
  has(phrase: string): boolean {
    const keys = phraseKeys(phrase);
    return (this.byFirst.get(keys[0] ?? '') ?? []).some((e) => e.keys.join(' ') === keys.join(' '));
  }

  /** The value of an exact phrase, or undefined. */
  get(phrase: string): T | undefined {
    const keys = phraseKeys(phrase).join(' ');
    const list = this.byFirst.get(phraseKeys(phrase)[0] ?? '') ?? [];
    return list.find((e) => e.keys.join(' ') === keys)?.value;
  }

  /**
   * Longest phrase starting at `words[i]`, not running past `limit` (exclusive).
   * @returns the number of words matched and the value, or null.
   */
  match(words: ArrayLike<IndexWord>, i: number, limit = words.length): { length: number; value: T } | null {
    const first = words[i];
    if (!first) return null;
    const list = this.byFirst.get(first.key);
    if (!list) return null;
    for (const e of list) {
      if (i + e.keys.length > limit) continue;
      let ok = true;
      for (let k = 0; k < e.keys.length; k++) {
        const w = words[i + k]!;
        if (w.key !== e.keys[k]) {
          ok = false;
          break;
        }
        if (e.upper && !w.upper) {
          ok = false;
          break;
        }
      }
      if (ok) return { length: e.keys.length, value: e.value };
    }
    return null;
  }

  /** Every phrase with its value (for checks and merging). */
  *entries(): Generator<[string, T]> {
    for (const list of this.byFirst.values()) for (const e of list) yield [e.keys.join(' '), e.value];
  }
}

/**
 * Sentence splitting with offsets. Rules, not a model: a sentence ends at `.`, `!` or `?` (and any
 * closing quotes or brackets after it) followed by whitespace and a word that can start a sentence,
 * unless the word before the period is a known abbreviation or an initial.
 */

/** Abbreviations after which a period does not end a sentence (lower case, without the period). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'lt', 'col', 'maj', 'capt', 'cpl', 'sgt',
  'adm', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'no', 'nos', 'vs', 'v', 'etc',
  'inc', 'ltd', 'co', 'corp', 'plc', 'bros', 'dept', 'univ', 'assn', 'est', 'approx', 'fig', 'op', 'cf',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'i.e', 'e.g', 'ph.d', 'd.c',
]);

/** Words that, capitalised after `U.S.` or `a.m.`, still begin a new sentence. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'but', 'and', 'this', 'that', 'there', 'in',
  'on', 'at', 'as', 'if', 'his', 'her', 'their', 'its', 'our', 'meanwhile', 'however', 'so', 'yet',
]);

/** A maximal run of non-space characters ending in sentence punctuation, plus the following space. */
const END = /[.!?]+["'”’»)\]]*(?=[\s\u00a0]+)/g;

/** Sentence boundaries (offsets into `text`) inside the range [start, end). */
function boundaries(text: string, start: number, end: number): number[] {
  const cuts: number[] = [];
  const chunk = text.slice(start, end);
  END.lastIndex = 0;
  for (let m = END.exec(chunk); m !== null; m = END.exec(chunk)) {
    const stop = m.index + m[0].length;
    // next word
    const rest = /^[\s\u00a0]+[\u200b-\u200d\u2060\ufeff]*(\S)/.exec(chunk.slice(stop, stop + 40));
    if (!rest) continue;
    const nextChar = rest[1]!;
    if (!/[\p{Lu}\p{N}"“‘'«(\[]/u.test(nextChar)) continue;
    if (m[0][0] === '.') {
      const before = /([\p{L}.]+)$/u.exec(chunk.slice(Math.max(0, m.index - 20), m.index));
      const word = before ? before[1]!.toLowerCase() : '';
      if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(before![1]!)) continue; // an initial: "John F. Kennedy"
      if (ABBREVIATIONS.has(word)) {
        const nextWord = /^[\s\u00a0]+([\p{L}]+)/u.exec(chunk.slice(stop, stop + 40));
        const opener = nextWord ? SENTENCE_OPENERS.has(nextWord[1]!.toLowerCase()) : false;
        // "U.S. The" ends a sentence; "Mr. Smith", "U.S. Secretary" do not.
        if (!(opener && /\./.test(word))) continue;
      }
    }
    cuts.push(start + stop);
  }
  return cuts;
}

/**
 * Splits the range [start, end) of `text` into sentence ranges, trimmed of surrounding whitespace.
 *
 * @returns [start, end) offset pairs (UTF-16 code units), in order, none empty.
 */
export function splitSentences(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  for (const cut of [...boundaries(text, start, end), end]) {
    let a = s;
    let b = cut;
    while (a < b && /[\s\u00a0\u200b-\u200d\u2060\ufeff]/.test(text[a]!)) a++;
    while (b > a && /[\s\u00a0\u200b-\u200d\u2060\ufeff]/.test(text[b - 1]!)) b--;
    if (a < b) out.push([a, b]);
    s = cut;
  }
  return out;
}

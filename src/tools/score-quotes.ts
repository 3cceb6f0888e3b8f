/**
 * Quote scoring for `npm run eval` (PolNeAR, GUM; format in `../shared/eval/README.md`).
 *
 * Spans: gold quote spans include the quote marks, ours hold the text inside them, so both are
 * reduced to the words inside the marks. A gold quote and one of ours match
 * - exactly when the inner text ranges (marks and surrounding spaces stripped) are equal;
 * - at ≥ 80 % overlap when the words they share are at least 80 % of the words of the longer one.
 * Matching is one-to-one, greedy by overlap. Our `scare` quotes take part in the matching: one that
 * matches a gold quote counts for the span, and as a missing speaker (a user sees it unattributed);
 * one that matches nothing is not a false alarm (gold holds only attributed quotes: scare terms and
 * titles are not gold) and is counted apart. Our quotes opened by marks the gold converters do not
 * scan (`''`, `‘`, `«`, `”`) are left out and counted apart.
 *
 * Gold quotes of files without speakers (GUM) that follow each other with only spaces between are
 * merged first: GUM marks each sentence of one quotation as a quote of its own.
 *
 * Speakers: over the quotes matched at 80 % whose gold speaker is a name or noun phrase (pronoun
 * speakers and quotes without a speaker are skipped), ours is right when the gold head word (last
 * word before the first comma, or before `of`) is a word of the entity ours resolves to: the
 * person's canonical name, aliases and role titles (gold `the president` ~ a person whose role is
 * `President`), the organization's name, acronym and aliases, the country's
 * name and forms; for a nominal speaker not linked to anyone, the phrase as written (`Caddell` ~
 * `Pat Caddell`; `spokesman` ~ `a Pentagon spokesman`). Where our mention is a pronoun or a
 * nominal, only the entity counts, never the mention's own words. Parentheses such as `(D-Mo.)`
 * are dropped from the gold phrase first. Documents whose quotes
 * carry `speakerAnnotated: false` (GUM) are scored on spans only.
 *
 * A speaker counts as wrong when ours names someone else, and as missing when ours is null; both are
 * errors in the accuracy, and the report prints them apart. Gold Source/Cue swaps (`"…," said NAME`
 * annotated with Source `said` and Cue `NAME`: the Source is a speech verb of the cue lexicon) are
 * scored against the Cue span, and counted (`swappedGold`).
 */
import type { ArticleResult, Quote } from '../types.js';
import type { GoldDoc } from './eval.js';
import { loadCueLexicon } from '../lexicons/cues.js';

/** Precision / recall / F1 with counts. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** The quote figures of one gold file. */
export interface QuoteReport {
  docs: number;
  gold: number;
  predicted: number;
  /** Our scare quotes that matched no gold quote (not counted as false alarms). */
  excludedScare: number;
  /** Our scare quotes that matched a gold quote: span hits, speaker errors (missing). */
  scareMatched: number;
  /** Our quotes opened by a mark other than `"` or `“` (`''`, `‘`, `«`, `”`): the gold never annotates those. */
  excludedMarks: number;
  exact: PRF;
  overlap80: PRF;
  /** Null when no document of the file annotates speakers. */
  speaker: {
    evaluated: number;
    correct: number;
    accuracy: number;
    /** Errors where our speaker names someone else. */
    wrong: number;
    /** Errors where we give no speaker. */
    missing: number;
    skippedPronoun: number;
    skippedNoSpeaker: number;
    /** Gold quotes whose Source was a speech verb and whose Cue was the speaker (scored against the Cue). */
    swappedGold: number;
  } | null;
}

const PRONOUNS = new Set([
  'he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'hers', 'their', 'its', 'our', 'my',
  'himself', 'herself', 'themselves', 'who', 'which', 'that', 'this',
]);

/** Opening marks the gold converters scan for (PolNeAR: `“…”` and `"…"` segments). */
const GOLD_MARKS = new Set(['"', '“']);

const OPEN_MARKS = /^[\s"“”‘’'«»„]+/;
const CLOSE_MARKS = /[\s"“”‘’'«»„]+$/;

/** Inner range of a gold quote: marks and spaces stripped from both ends. */
function innerRange(text: string, start: number, end: number): [number, number] {
  const s = text.slice(start, end);
  const a = OPEN_MARKS.exec(s)?.[0].length ?? 0;
  const b = CLOSE_MARKS.exec(s.slice(a))?.[0].length ?? 0;
  return [start + a, end - b];
}

/** Word spans (letters and digits) inside a range of the text. */
function words(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[\p{L}\p{N}]+/gu;
  const s = text.slice(start, end);
  for (let m = re.exec(s); m !== null; m = re.exec(s)) out.push([start + m.index, start + m.index + m[0].length]);
  return out;
}

function counts(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { precision: r(precision), recall: r(recall), f1: r(f1), tp, fp, fn };
}

/** Head words of a gold speaker phrase: the last word before the first comma, and before ` of `. */
function headWords(s: string): string[] {
  const out: string[] = [];
  s = s.replace(/\([^)]*\)/g, ' ');
  for (const part of [s.split(',')[0]!, s.split(/\s+of\s+/)[0]!]) {
    const ws = part.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];
    const w = ws[ws.length - 1];
    if (w) out.push(w.replace(/[’']s$/, '').replace(/\.$/, '').toLowerCase());
  }
  return out;
}

/**
 * Words of the entity a speaker resolves to: a person's canonical name and aliases, an organization's
 * name, acronym and aliases, a country's name and forms; a speaker linked to nothing is its name (the
 * phrase as written, which for a name is the mention itself).
 */
function identityWords(s: NonNullable<Quote['speaker']>, result: ArticleResult): Set<string> {
  const forms: string[] = [s.name];
  if (s.ref) {
    if (s.type === 'person') {
      const p = result.people.find((x) => x.id === s.ref);
      if (p) forms.push(p.name, ...p.aliases, ...p.roles.map((r) => r.title));
    } else if (s.type === 'organization') {
      const o = result.organizations.find((x) => x.id === s.ref);
      if (o) forms.push(o.name, o.acronym ?? '', ...o.aliases);
    } else if (s.type === 'country') {
      const c = result.countries.find((x) => x.code === s.ref);
      if (c) forms.push(c.name, ...c.forms);
    }
  }
  const out = new Set<string>();
  for (const f of forms) for (const w of wordSet(f)) out.add(w);
  return out;
}

/** True when the word (lower case) is written in lower case in the phrase (`mayor` in `the mayor`). */
function writtenLowerCase(phrase: string, word: string): boolean {
  const at = phrase.toLowerCase().indexOf(word);
  return at >= 0 && phrase[at] === word[0];
}

function wordSet(s: string): Set<string> {
  return new Set((s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? []).map((w) => w.replace(/[’']s$/, '').replace(/\.$/, '')));
}

/** Accumulates quote span and speaker scores over documents. */
export class QuoteScorer {
  /** Error lines for `--errors`. */
  errors: string[] = [];
  private docs = 0;
  private gold = 0;
  private predicted = 0;
  private excludedScare = 0;
  private scareMatched = 0;
  private excludedMarks = 0;
  private exactTp = 0;
  private overlapTp = 0;
  private spkEval = 0;
  private spkCorrect = 0;
  private spkPronoun = 0;
  private spkNone = 0;
  private spkWrong = 0;
  private spkMissing = 0;
  private spkSwapped = 0;
  private readonly speechVerbs = loadCueLexicon().verbs;
  private speakersSeen = false;
  private errCount = { miss: 0, false: 0, speaker: 0 };

  /** Adds one document's gold quotes and the tool's result. */
  add(gold: GoldDoc, result: ArticleResult, maxErrors: number): void {
    this.docs++;
    const text = gold.text;
    // GUM marks each sentence of a quotation as its own quote: gold quotes separated by spaces only are
    // one passage inside one pair of marks, so they are merged before matching
    const goldQuotes: NonNullable<GoldDoc['quotes']> = [];
    for (const g of [...(gold.quotes ?? [])].sort((a, b) => a.start - b.start)) {
      const last = goldQuotes[goldQuotes.length - 1];
      if (last && g.speakerAnnotated === false && last.end <= g.start && /^\s*$/.test(text.slice(last.end, g.start))) {
        goldQuotes[goldQuotes.length - 1] = { ...last, end: g.end, text: text.slice(last.start, g.end) };
      } else goldQuotes.push(g);
    }
    const preds: Quote[] = [];
    for (const q of result.quotes) {
      if (!GOLD_MARKS.has(text[q.start - 1] ?? '') || text[q.start - 2] === "'") this.excludedMarks++;
      else preds.push(q);
    }
    this.gold += goldQuotes.length;
    const note = (kind: 'miss' | 'false' | 'speaker', line: string) => {
      if (this.errCount[kind] < maxErrors) {
        this.errCount[kind]++;
        this.errors.push(line);
      }
    };
    const gInner = goldQuotes.map((g) => innerRange(text, g.start, g.end));
    const pInner = preds.map((p) => innerRange(text, p.start, p.end));
    const gWords = gInner.map(([a, b]) => words(text, a, b));
    const pWords = pInner.map(([a, b]) => words(text, a, b));
    // candidate pairs by shared words (ranges of one text: shared words = words inside the intersection)
    const pairs: Array<{ g: number; p: number; ratio: number }> = [];
    let pi0 = 0;
    const order = pInner.map((r, i) => ({ r, i })).sort((x, y) => x.r[0] - y.r[0]);
    for (let gi = 0; gi < gInner.length; gi++) {
      const [ga, gb] = gInner[gi]!;
      while (pi0 < order.length && order[pi0]!.r[1] <= ga) pi0++;
      for (let k = pi0; k < order.length && order[k]!.r[0] < gb; k++) {
        const pi = order[k]!.i;
        const [pa, pb] = pInner[pi]!;
        const lo = Math.max(ga, pa);
        const hi = Math.min(gb, pb);
        if (hi <= lo) continue;
        const shared = gWords[gi]!.filter(([a, b]) => a >= lo && b <= hi).length;
        const ratio = shared / Math.max(gWords[gi]!.length, pWords[pi]!.length, 1);
        pairs.push({ g: gi, p: pi, ratio });
      }
    }
    pairs.sort((x, y) => y.ratio - x.ratio);
    const gMatch = new Map<number, number>();
    const pMatched = new Set<number>();
    for (const pr of pairs) {
      if (pr.ratio < 0.8 || gMatch.has(pr.g) || pMatched.has(pr.p)) continue;
      gMatch.set(pr.g, pr.p);
      pMatched.add(pr.p);
    }
    this.overlapTp += gMatch.size;
    // an unmatched scare quote is no false alarm: the gold leaves unattributed terms and titles out
    const counted = preds.map((p, pi) => p.kind !== 'scare' || pMatched.has(pi));
    preds.forEach((p, pi) => {
      if (p.kind === 'scare') {
        if (pMatched.has(pi)) this.scareMatched++;
        else this.excludedScare++;
      }
    });
    this.predicted += counted.filter(Boolean).length;
    const exactKeys = new Set(pInner.filter((_, pi) => counted[pi]).map(([a, b]) => `${a}:${b}`));
    for (const [a, b] of gInner) if (exactKeys.has(`${a}:${b}`)) this.exactTp++;
    const ctx = (a: number, b: number) => text.slice(Math.max(0, a - 50), Math.min(text.length, b + 50)).replace(/\s+/g, ' ');
    goldQuotes.forEach((g, gi) => {
      if (!gMatch.has(gi)) note('miss', `${gold.id} QUOTE MISS ${JSON.stringify(clip(g.text))}  …${ctx(g.start, g.end).slice(0, 60)}…`);
    });
    preds.forEach((p, pi) => {
      if (counted[pi] && !pMatched.has(pi)) note('false', `${gold.id} QUOTE FALSE [${p.kind}] ${JSON.stringify(clip(p.text))}  …${ctx(p.start, p.end).slice(0, 60)}…`);
    });
    // speakers
    for (const [gi, pi] of gMatch) {
      const g = goldQuotes[gi]!;
      if (g.speakerAnnotated === false) continue;
      this.speakersSeen = true;
      if (!g.speaker) {
        this.spkNone++;
        continue;
      }
      let gs = g.speaker;
      const gCue = (g as { cue?: { start: number; end: number; text: string } | null }).cue;
      if (gCue && this.speechVerbs.has(gs.text.trim().toLowerCase()) && /\p{Lu}/u.test(gCue.text)) {
        gs = gCue; // Source and Cue swapped by the annotator
        this.spkSwapped++;
      }
      if (PRONOUNS.has(gs.text.trim().toLowerCase())) {
        this.spkPronoun++;
        continue;
      }
      this.spkEval++;
      const s = preds[pi]!.speaker;
      let ok = false;
      if (s) {
        const ours = identityWords(s, result);
        const heads = headWords(gs.text);
        // a nominal gold speaker (`the mayor`) names nobody: our mention of that very phrase matches it
        const nominalGold = heads.length > 0 && heads.every((h) => writtenLowerCase(gs.text, h));
        ok = heads.some((h) => ours.has(h)) || (nominalGold && s.start < gs.end && gs.start < s.end);
      }
      if (ok) this.spkCorrect++;
      else {
        if (s) this.spkWrong++;
        else this.spkMissing++;
        note('speaker', `${gold.id} SPEAKER ${s ? 'WRONG' : 'MISSING'} gold=${JSON.stringify(gs.text)} ours=${s ? JSON.stringify(`${s.name}@${s.text}`) : 'none'}  ${JSON.stringify(clip(g.text))}`);
      }
    }
  }

  /** The figures so far. */
  report(): QuoteReport {
    const r = (x: number) => Math.round(x * 1000) / 1000;
    return {
      docs: this.docs,
      gold: this.gold,
      predicted: this.predicted,
      excludedScare: this.excludedScare,
      scareMatched: this.scareMatched,
      excludedMarks: this.excludedMarks,
      exact: counts(this.exactTp, this.predicted - this.exactTp, this.gold - this.exactTp),
      overlap80: counts(this.overlapTp, this.predicted - this.overlapTp, this.gold - this.overlapTp),
      speaker: this.speakersSeen
        ? {
            evaluated: this.spkEval,
            correct: this.spkCorrect,
            accuracy: r(this.spkEval === 0 ? 0 : this.spkCorrect / this.spkEval),
            wrong: this.spkWrong,
            missing: this.spkMissing,
            skippedPronoun: this.spkPronoun,
            skippedNoSpeaker: this.spkNone,
            swappedGold: this.spkSwapped,
          }
        : null,
    };
  }

  /** Lines for the terminal report. */
  static format(r: QuoteReport): string[] {
    const row = (label: string, c: PRF) =>
      `    ${label.padEnd(30)} ${c.precision.toFixed(3)}   ${c.recall.toFixed(3)}   ${c.f1.toFixed(3)}   ${c.tp}/${c.fp}/${c.fn}`;
    const lines = [
      `quotes (${r.gold} gold, ${r.predicted} predicted, ${r.scareMatched} of them labelled scare; not counted: ` +
        `${r.excludedScare} scare quotes matching no gold quote, ${r.excludedMarks} quotes in marks the gold does not annotate ('' ‘ ’ « ”))`,
      '  quote spans                      P       R       F1      tp/fp/fn',
      row('exact', r.exact),
      row('≥ 80 % word overlap', r.overlap80),
    ];
    if (r.speaker) {
      lines.push(
        `  speaker accuracy ${r.speaker.accuracy.toFixed(3)}  (${r.speaker.correct}/${r.speaker.evaluated} matched quotes with a named or nominal gold speaker, scare-labelled ones counted as missing; ` +
          `skipped: ${r.speaker.skippedPronoun} pronoun, ${r.speaker.skippedNoSpeaker} without speaker)`,
        `  speaker errors: ${r.speaker.wrong} wrong (another speaker), ${r.speaker.missing} missing (null); ` +
          `${r.speaker.swappedGold} gold Source/Cue swaps scored against the Cue`,
      );
    } else {
      lines.push('  speakers: not annotated in this file (spans only)');
    }
    return lines;
  }
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

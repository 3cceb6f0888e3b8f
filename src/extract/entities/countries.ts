/**
 * Stage 6: countries. Country items become mentions (kind `name`, `alias`, `demonym` or
 * `capital`), grouped per ISO alpha-2 code. A capital counts as its country only when it acts
 * for the government (`Moscow said`, `Moscow had already dismissed`, `Moscow's position`,
 * `involvement by Moscow`), never as a place (`talks in Moscow`).
 */
import type { Country, Mention } from '../../types.js';
import { hasTag, spanOf, type Context } from './context.js';
import type { Item } from './scan.js';

/**
 * True when the capital item acts for its country's government.
 *
 * The preposition before it decides first: a party preposition (`contact with Warsaw`, `pressure
 * by Moscow`, `talks between Washington and …`) makes it the government; `to` does too unless a
 * motion word comes a few words before (`leave the bill to Washington` vs `flew to Washington`);
 * any other locative preposition makes it a place (`talks in Moscow`, `returned from Kiev`).
 */
export function capitalActs(ctx: Context, item: Item): boolean {
  const { words, lex } = ctx;
  const last = words[item.e - 1]!;
  if (last.possessive) return true;
  const before = words[item.s - 1];
  if (before && before.tok.sentence === last.tok.sentence && !before.breakAfter) {
    if (before.key === 'and') {
      if (andParty(ctx, item.s - 1)) return true;
    } else if (lex.partyPrepositions.has(before.key)) return true;
    else if (before.key === 'to') return !motionBefore(ctx, item.s - 1);
    else if (lex.locativePrepositions.has(before.key)) return false;
  }
  if (last.breakAfter) return false;
  // skip up to two adverbs: `Moscow had already dismissed`, `Moscow now says`
  let j = item.e;
  for (let n = 0; n < 3; n++) {
    const w = words[j];
    if (!w || w.tok.sentence !== last.tok.sentence) return false;
    if (lex.actingVerbs.has(w.key)) return true;
    if (hasTag(w, 'Adverb') && !w.breakAfter) {
      j++;
      continue;
    }
    return hasTag(w, 'Verb') && !hasTag(w, 'Gerund', 'Noun');
  }
  return false;
}

/** `between Washington and Moscow`: `and` at index a is a party link when `between CAPITAL` comes right before. */
function andParty(ctx: Context, a: number): boolean {
  const w = ctx.words;
  for (let j = a - 1; j >= Math.max(0, a - 4); j--) {
    if (w[j]!.key === 'between' || w[j]!.key === 'with') return true;
    if (!w[j]!.cap) return false;
  }
  return false;
}

/** True when a motion word (`flew`, `trip`, `return`) comes within three words before `to` at index t. */
function motionBefore(ctx: Context, t: number): boolean {
  const w = ctx.words;
  for (let j = t - 1; j >= Math.max(0, t - 3); j--) {
    if (w[j]!.tok.sentence !== w[t]!.tok.sentence) return false;
    if (ctx.lex.motionWords.has(w[j]!.key)) return true;
    if (w[j]!.breakAfter) return false;
  }
  return false;
}

/**
 * Groups country mentions by code.
 * @param items country items of the whole document, in text order.
 * @returns countries in order of first mention.
 */
export function buildCountries(ctx: Context, items: Item[]): Country[] {
  const byCode = new Map<string, Country>();
  for (const item of items) {
    const form = item.country!;
    if (form.kind === 'capital' && (item.span || !capitalActs(ctx, item))) continue;
    const ref = ctx.lex.countries.get(form.code);
    if (!ref) continue;
    const span = item.span ?? spanOf(ctx, item.s, item.e);
    let c = byCode.get(form.code);
    if (!c) {
      c = { code: ref.code, name: ref.name, forms: [], mentions: [] };
      byCode.set(form.code, c);
    }
    if (!c.forms.includes(span.text)) c.forms.push(span.text);
    const mention: Mention = { ...span, kind: form.kind };
    c.mentions.push(mention);
  }
  return [...byCode.values()];
}

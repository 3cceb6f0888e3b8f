/**
 * Plain-text descriptions of result parts, shared by the table and CSV formatters.
 */
import type { Quote, Role, Speaker } from '../types.js';

/**
 * A role as one phrase: `Deputy Foreign Minister (Russia)`, `envoy (United Nations)`,
 * `minister (Russia, United Nations)`, or the bare title.
 */
export function describeRole(role: Role): string {
  const where = [role.country?.name, role.organization].filter((x): x is string => !!x);
  return where.length > 0 ? `${role.title} (${where.join(', ')})` : role.title;
}

/** A speaker's name, or an empty string for an unattributed quote. */
export function speakerName(speaker: Speaker | null): string {
  return speaker ? speaker.name : '';
}

/** Whitespace runs (line breaks included) folded to one space, ends trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Shortens text for display: folded to one line and cut at a word boundary near `max` characters,
 * with `…` appended when cut. Never splits a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  const flat = oneLine(text);
  if (flat.length <= max) return flat;
  let cut = flat.lastIndexOf(' ', max - 1);
  if (cut < max * 0.5) cut = max - 1; // no space in the second half: cut inside the word
  if (/[\ud800-\udbff]/.test(flat[cut - 1] ?? '')) cut--;
  return flat.slice(0, cut).trimEnd() + '…';
}

/** The cue text of a quote, or an empty string. */
export function cueText(quote: Quote): string {
  return quote.cue ? quote.cue.text : '';
}

/** Test helpers: one-line descriptions of results, for failure messages. */
import type { Person, Quote } from '../../src/types.js';

/** `Name (aka A, B) — title [CC] @Org; …` */
export function describePerson(p: Person): string {
  const roles = p.roles
    .map((r) => `${r.title}${r.country ? ` [${r.country.code}]` : ''}${r.organization ? ` @${r.organization}` : ''}`)
    .join('; ');
  return `${p.name}${p.aliases.length ? ` (aka ${p.aliases.join(', ')})` : ''}${roles ? ` — ${roles}` : ''}`;
}

/** `[start-end] kind "first 40 characters…" → type: speaker (cue said)` */
export function describeQuote(q: Quote): string {
  const who = q.speaker ? `${q.speaker.type}: ${q.speaker.name}` : 'no speaker';
  const t = q.text.length > 40 ? `${q.text.slice(0, 40)}…` : q.text;
  return `  [${q.start}-${q.end}] ${q.kind} ${JSON.stringify(t)} → ${who}${q.cue ? ` (cue ${q.cue.text})` : ''}`;
}

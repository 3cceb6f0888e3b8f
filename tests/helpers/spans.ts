/** Test helper: every span of a result, labelled, for the offsets check. */
import type { ArticleResult, Span } from '../../src/types.js';

/** Every span in a result (meta, mentions, roles, quotes, cues, speakers), each with a label for failure messages. */
export function allSpans(r: ArticleResult): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  for (const [k, v] of Object.entries(r.meta)) if (v) out.push([`meta.${k}`, v as Span]);
  for (const p of r.people) {
    for (const m of p.mentions) out.push([`person ${p.name} mention`, m]);
    for (const ro of p.roles) out.push([`person ${p.name} role ${ro.title}`, ro]);
  }
  for (const c of r.countries) for (const m of c.mentions) out.push([`country ${c.code} mention`, m]);
  for (const o of r.organizations) for (const m of o.mentions) out.push([`organization ${o.name} mention`, m]);
  for (const q of r.quotes) {
    out.push([`quote at ${q.start}`, q]);
    if (q.cue) out.push([`quote at ${q.start} cue`, q.cue]);
    if (q.speaker) out.push([`quote at ${q.start} speaker`, q.speaker]);
  }
  return out;
}

/**
 * `name-run`: a capitalised name the entity stage did not list as a person (a surname after an
 * honorific, a run of name words) is a person, linked by surname or alias to the article's person
 * who has it, else unlinked (`ref` null). A capitalised head the tagger calls an organization is an
 * unlinked organization.
 */
import { has, isCapitalized } from '../../tokens.js';
import { mentionWithin } from '../../../mentions.js';
import { rangeSpan, type CoreferenceRule } from '../context.js';
import { acronymTitle, honorificLed, nameRun, nameWord } from '../words.js';

export const nameRunRule: CoreferenceRule = {
  id: 'name-run',
  about: 'A run of capitalised name words, or an honorific and a name: a person, linked by surname when the article names them.',
  examples: [],
  counterExamples: [],
  resolve(r, _site, cx) {
    const { tokens, lex, mentions } = cx;
    const head = tokens[r.last]!;
    if (!isCapitalized(head) || acronymTitle(head, lex)) return null;
    const honor = honorificLed(tokens, r, lex);
    let run = honor ? { first: r.first + 1, last: r.last } : nameRun(tokens, r, lex);
    if (!run && r.last > r.first && nameWord(tokens[r.last - 1]!, lex) && !has(head, 'Organization')) {
      const lead = nameRun(tokens, { first: r.first, last: r.last - 1 }, lex);
      if (lead) run = { first: lead.first, last: r.last };
    }
    if (!run) {
      if (has(head, 'Organization')) {
        const phrase = rangeSpan(cx, r);
        return { ...phrase, name: phrase.text.replace(/^the\s+/i, ''), type: 'organization', ref: null };
      }
      return null;
    }
    const m = rangeSpan(cx, run);
    const bare = m.text.replace(/[’']s$/, '');
    const known = mentionWithin(mentions.people, m.start, m.end)?.ref ?? mentions.byAlias.get(bare.toLowerCase()) ??
      mentions.byAlias.get(head.text.replace(/[’']s$/, '').toLowerCase()) ?? null;
    return { ...m, name: known ? known.name : bare, type: 'person', ref: known?.id ?? null };
  },
};

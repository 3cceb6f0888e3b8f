/**
 * `prepositional`: a speaker phrase joined to what follows it by a preposition (`Jo Bell of the
 * bank`, `a spokeswoman for the Audit Office`, `Harbury director of rugby Nigel Pellow`): the part
 * before the preposition speaks; a full name that ends a title phrase speaks, unless it is the
 * preposition's object (`a spokesman for Mr Halden` is a nominal). A preposition inside a name the
 * entity stage found (`Ministry of Defence`, `Republic of Korea`) is no joint.
 */
import { honorificOf, isCapitalized } from '../../tokens.js';
import { mentionAt, mentionWithin, type EntityMention } from '../../../mentions.js';
import { personSpeaker, rangeSpan, type CoreferenceRule } from '../context.js';
import { honorificLed, nameRun, prepositionAt } from '../words.js';

export const prepositional: CoreferenceRule = {
  id: 'prepositional',
  about: 'NAME of ORG, a spokeswoman for ORG, TITLE of X NAME: the part before the preposition speaks, or the full name that ends a title phrase.',
  examples: [
    { text: '"Nobody wants to sell today," said Ruth Kamau of Harbour Bank.', quote: 'Nobody wants', speaker: 'Ruth Kamau' },
    { text: 'Harbury director of rugby Nigel Pellow said: "We were beaten by a better side."', quote: 'We were beaten', speaker: 'Nigel Pellow' },
    { text: 'A spokesman for Mr Halden said: "He will not comment."', quote: 'He will not', speaker: 'A spokesman for Mr Halden' },
  ],
  counterExamples: [
    { text: '"Costs are rising," the Ministry of Defence said.', quote: 'Costs are rising', speaker: 'Ministry of Defence' },
  ],
  resolve(r, site, cx) {
    const { tokens, lex, mentions } = cx;
    const prep = prepositionAt(tokens, r, lex);
    if (prep === null) return null;
    const across = (list: Array<{ start: number; end: number }>) =>
      list.some((m) => m.start <= tokens[prep - 1]!.start && m.end >= tokens[prep + 1]!.end);
    if (across(mentionsNear(mentions.organizations, tokens[prep]!.start)) || across(mentionsNear(mentions.countries, tokens[prep]!.start))) return null;
    const phrase = rangeSpan(cx, r);
    const lead = { first: r.first, last: prep - 1 };
    const leadSpan = rangeSpan(cx, lead);
    const leadPerson = mentionWithin(mentions.people, leadSpan.start, leadSpan.end);
    if (leadPerson) return personSpeaker(leadPerson.ref, { start: leadPerson.start, end: leadPerson.end, text: cx.text.slice(leadPerson.start, leadPerson.end) });
    const leadHead = tokens[prep - 1]!;
    if (!isCapitalized(leadHead) && (lex.nominalSingular.has(leadHead.norm) || lex.nominalPlural.has(leadHead.norm) || lex.documentHeads.has(leadHead.norm))) {
      // `minister for women Jane Arkwright`: a full name that ends the phrase, not the preposition's object
      const named = mentionWithin(mentions.people, phrase.start, phrase.end);
      let object = prep + 1;
      while (object < r.last && honorificOf(tokens[object]!, lex) !== undefined) object++;
      const fullName = named !== null && /\s/.test(cx.text.slice(named.start, named.end));
      if (named && fullName && named.end >= tokens[r.last]!.end && named.start > tokens[object]!.start) {
        return personSpeaker(named.ref, { start: named.start, end: named.end, text: cx.text.slice(named.start, named.end) });
      }
      // `a statement from the ministry`: a document speaks for the body that issued it
      if (lex.documentHeads.has(leadHead.norm) && tokens[prep]!.norm === 'from') {
        const org = mentionWithin(mentions.organizations, tokens[prep + 1]!.start, phrase.end);
        if (org) return { start: org.start, end: org.end, text: cx.text.slice(org.start, org.end), name: org.ref.name, type: 'organization', ref: org.ref.id };
      }
      return { ...phrase, name: phrase.text, type: 'nominal', ref: null };
    }
    if (nameRun(tokens, lead, lex) || honorificLed(tokens, lead, lex)) return cx.resolve(lead, site) ?? 'none';
    return null;
  },
};

/** Mentions of a sorted list that may cover an offset (those starting within 200 characters before it). */
function mentionsNear<T>(list: Array<EntityMention<T>>, offset: number): Array<EntityMention<T>> {
  const out: Array<EntityMention<T>> = [];
  for (let i = mentionAt(list, offset - 200); i < list.length && list[i]!.start <= offset; i++) {
    if (list[i]!.end >= offset) out.push(list[i]!);
  }
  return out;
}

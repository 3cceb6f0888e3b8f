/**
 * `possessive-nominal`: a name in the possessive before a nominal head (`Mr Patel's spokesman`,
 * `Obama's former campaign strategist`, `Brahimi's deputy`) is someone speaking for that person,
 * not the person: a nominal speaker, linked to a named person only when an appositive names them
 * (`apposition`).
 */
import { isCapitalized } from '../../tokens.js';
import { rangeSpan, type CoreferenceRule } from '../context.js';
import { headWord, speakingHead } from '../words.js';

export const possessiveNominal: CoreferenceRule = {
  id: 'possessive-nominal',
  about: "NAME's spokesman: someone speaking for the named person, a nominal speaker.",
  examples: [
    { text: 'Mr Patel faced questions. Mr Patel\'s spokesman said: "There will be no comment."', quote: 'There will be', speaker: "Mr Patel's spokesman" },
    { text: '"We disagree," said Ruth Kamau\'s lawyer.', quote: 'We disagree', speaker: "Ruth Kamau's lawyer" },
  ],
  counterExamples: [
    { text: '"We will win," Labour\'s Mr Orde said.', quote: 'We will win', speaker: 'Orde' },
  ],
  resolve(r, _site, cx) {
    const { tokens, lex } = cx;
    const head = tokens[r.last]!;
    if (isCapitalized(head) || !speakingHead(headWord(head), lex) || lex.organizationHeads.has(headWord(head))) return null;
    for (let k = r.first; k < r.last; k++) {
      const t = tokens[k]!;
      if (isCapitalized(t) && /['’]s?$/.test(t.text) && /['’]/.test(t.text + t.post.slice(0, 1))) {
        const phrase = rangeSpan(cx, r);
        return { ...phrase, name: phrase.text, type: 'nominal', ref: null };
      }
    }
    return null;
  },
};

/**
 * `nominal`: the last rule. A phrase headed by a word that can speak (a person noun, an
 * organization, a document: `a Western diplomat`, `officials`, `the harbour master`) is a nominal
 * speaker, kept as written; a lower-case head that cannot speak (`remarks`, `steps`, `the area`)
 * gives no speaker.
 */
import { has, isCapitalized } from '../../tokens.js';
import { rangeSpan, type CoreferenceRule } from '../context.js';
import { headWord, speakingHead } from '../words.js';

export const nominal: CoreferenceRule = {
  id: 'nominal',
  about: 'A phrase headed by a person noun, organization or document: a nominal speaker as written; any other lower-case head: no speaker.',
  examples: [
    { text: '"The deal is close," a senior official said.', quote: 'The deal is close', speaker: 'a senior official' },
    { text: '"No ships will sail today," said the harbour master.', quote: 'No ships', speaker: 'the harbour master' },
  ],
  counterExamples: [],
  resolve(r, _site, cx) {
    const head = cx.tokens[r.last]!;
    const word = headWord(head);
    // a person noun the tagger knows (`the announcer`, `a narrator`) speaks too
    const person = has(head, 'Actor');
    if (!isCapitalized(head) && (cx.lex.nonSpeakerHeads.has(word) || !(speakingHead(word, cx.lex) || person))) return 'none';
    const phrase = rangeSpan(cx, r);
    return { ...phrase, name: phrase.text, type: 'nominal', ref: null };
  },
};

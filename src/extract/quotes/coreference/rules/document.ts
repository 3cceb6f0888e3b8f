/**
 * `document`: a document or publication quoted as speaking (`the report said`, `his letter argues`,
 * `a British Medical Journal article that claimed`). A definite one that a recent sentence names as
 * its vehicle (`In a statement, the club said …` or `the club issued a statement …`, then `the
 * statement said`) speaks for whoever issued it (that sentence's subject); otherwise the document is
 * the speaker, as written.
 */
import { isCapitalized } from '../../tokens.js';
import { rangeSpan, sentenceAt, type Coreference, type CoreferenceRule, type Resolved, type Subject } from '../context.js';
import { lastSpeaker, subjectsOf } from '../salience.js';
import { headWord } from '../words.js';

/** Determiners that make a document phrase refer back (`the statement`, `its report`). */
const DEFINITE = /^(?:the|its|his|her|their|that|this)$/i;

/** How many sentences back the sentence that issued the document is looked for. */
const REACH = 6;

/**
 * The subject of a recent sentence that names the document as its vehicle (`In a statement, the
 * Harbour Trust said …`, `the council issued a report …`), or null.
 */
function issuerBefore(cx: Coreference, offset: number, word: string): Subject | null {
  const vehicle = new RegExp(`\\b(?:in|through|issued|released|published|put out|sent)\\s+(?:a|an|its|his|her|their|the)\\s+(?:[\\w-]+\\s+){0,2}${word}\\b`, 'i');
  const s0 = sentenceAt(cx, offset);
  for (let s = s0 - 1; s >= 0 && s >= s0 - REACH; s--) {
    const sentence = cx.doc.sentences[s]!;
    if (!vehicle.test(sentence.text)) continue;
    return subjectsOf(cx, s).find((x) => x.person || x.org) ?? null;
  }
  return null;
}

export const document: CoreferenceRule = {
  id: 'document',
  about: 'the report / the statement / his letter: a document speaks; a definite one the last speaker issued speaks for that speaker.',
  examples: [
    { text: 'Lisbon risks becoming "a byword for failure", the Kell report said.', quote: 'a byword', speaker: 'the Kell report' },
    {
      text: 'In a statement, the Harbour Trust said the offer was too low.\n\n"The board will not accept it," the statement said.',
      quote: 'The board will not',
      speaker: 'Harbour Trust',
    },
  ],
  counterExamples: [],
  resolve(r, site, cx) {
    const { tokens, lex } = cx;
    const head = tokens[r.last]!;
    const word = headWord(head);
    if (isCapitalized(head) || !lex.documentHeads.has(word)) return null;
    const phrase = rangeSpan(cx, r);
    const key = phrase.text.toLowerCase();
    const known = cx.documents.get(key);
    if (known) return { ...known, ...phrase };
    if (r.last > r.first && DEFINITE.test(tokens[r.first]!.norm)) {
      const recent = lastSpeaker(cx, site.paragraph);
      let issuer: Resolved | null = null;
      if (recent && recent.document === word && recent.speaker.type !== 'nominal') {
        issuer = { ...phrase, name: recent.speaker.name, type: recent.speaker.type, ref: recent.speaker.ref };
      } else {
        const who = issuerBefore(cx, phrase.start, word);
        if (who?.person) issuer = { ...phrase, name: who.person.name, type: 'person', ref: who.person.id };
        else if (who?.org) issuer = { ...phrase, name: who.org.name, type: 'organization', ref: who.org.id };
      }
      if (issuer) {
        cx.documents.set(key, issuer);
        return issuer;
      }
    }
    return { ...phrase, name: phrase.text, type: 'nominal', ref: null };
  },
};

/**
 * `place`: a place name that is no country of the entity stage (`… in Bristol said`, `Leeds said`)
 * is never a speaker.
 */
import { has, isCapitalized } from '../../tokens.js';
import type { CoreferenceRule } from '../context.js';

export const place: CoreferenceRule = {
  id: 'place',
  about: 'A capitalised place (city, region) that is no country acting for its government never speaks.',
  examples: [],
  counterExamples: [],
  resolve(r, _site, cx) {
    const head = cx.tokens[r.last]!;
    if (!isCapitalized(head)) return null;
    return has(head, 'Country') || has(head, 'City') || (has(head, 'Place') && r.first === r.last) ? 'none' : null;
  },
};

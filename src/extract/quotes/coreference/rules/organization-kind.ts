/**
 * `organization-kind`: a lower-case organization noun (`the company said`, `the club insisted`, `the
 * former monopoly said`, `the ministry said`) refers to the organization of that kind the article is
 * about: the one organization whose name says that kind (`… Ltd` for `the company`, `… Union` for
 * `the union`), the last one named when there are several; for a business or club noun with none of
 * that kind named, the organization mentioned most so far (ties: the one named first), else the
 * last organization that spoke; else the last organization whose name holds the word; otherwise it stays
 * as written, typed organization.
 */
import { isCapitalized } from '../../tokens.js';
import { mentionAt } from '../../../mentions.js';
import { orgKind } from '../../../entities/nominal.js';
import { rangeSpan, type CoreferenceRule } from '../context.js';
import type { Organization } from '../../../../types.js';
import { lastSpeaker } from '../salience.js';
import { headWord } from '../words.js';

export const organizationKind: CoreferenceRule = {
  id: 'organization-kind',
  about: 'the company / the club / the ministry: the organization of that kind the article is about.',
  examples: [
    {
      text: 'Vantor Foods reported lower profits on Monday.\n\nSales in Asia fell by 3%, "despite strong demand for snacks", the company said.',
      quote: 'despite strong',
      speaker: 'Vantor Foods',
    },
  ],
  counterExamples: [
    { text: 'Vantor Foods cut 200 jobs.\n\n"This is a betrayal," the company\'s spokesman said.', quote: 'This is a betrayal', speaker: "the company's spokesman" },
  ],
  resolve(r, site, cx) {
    const { tokens, lex, mentions } = cx;
    const head = tokens[r.last]!;
    const word = headWord(head);
    if (isCapitalized(head) || !lex.organizationHeads.has(word)) return null;
    const phrase = rangeSpan(cx, r);
    const asOrg = (o: Organization) => ({ ...phrase, name: o.name, type: 'organization' as const, ref: o.id });
    const kind = orgKind([word]);
    const ofKind = kind ? mentions.orgKinds.get(kind) : undefined;
    if (ofKind && ofKind.length === 1) return asOrg(ofKind[0]!);
    const orgs = mentions.organizations;
    if (ofKind) {
      // several of that kind: the one named last
      for (let i = mentionAt(orgs, phrase.start) - 1, n = 0; i >= 0 && n < 60; i--, n++) if (ofKind.includes(orgs[i]!.ref)) return asOrg(orgs[i]!.ref);
    }
    if (lex.companyHeads.has(word)) {
      // no organization of that kind named: the one the article is most about so far
      // (ties: the one named first, as a story names its subject first)
      const counts = new Map<Organization, number>();
      for (let i = Math.max(0, mentionAt(orgs, phrase.start) - 200); i < orgs.length && orgs[i]!.start < phrase.start; i++) {
        counts.set(orgs[i]!.ref, (counts.get(orgs[i]!.ref) ?? 0) + 1);
      }
      let best: Organization | null = null;
      for (const [o, c] of counts) if (!best || c > counts.get(best)!) best = o;
      if (best) return asOrg(best);
      const recent = lastSpeaker(cx, site.paragraph);
      if (recent?.speaker.type === 'organization' && recent.speaker.ref) {
        return { ...phrase, name: recent.speaker.name, type: 'organization', ref: recent.speaker.ref };
      }
    }
    for (let i = mentionAt(orgs, phrase.start) - 1, n = 0; i >= 0 && n < 40; i--, n++) {
      const o = orgs[i]!.ref;
      if (o.name.toLowerCase().split(/\s+/).includes(word)) return asOrg(o);
    }
    return { ...phrase, name: phrase.text, type: 'organization', ref: null };
  },
};

/**
 * Central types of news-extract.
 *
 * Conventions used everywhere:
 * - Offsets (`start`, `end`) are UTF-16 code units into the *decoded* input text
 *   (`ArticleDocument.text`), `end` exclusive, so `text.slice(start, end) === span.text`.
 * - One {@link ArticleDocument} flows through the whole pipeline: inputs → document model →
 *   NLP layer → extractors → output. Nothing outside `src/nlp/` knows that compromise exists.
 */

/** A span of the original text. `text === doc.text.slice(start, end)`. */
export interface Span {
  /** Start offset, UTF-16 code units, inclusive. */
  start: number;
  /** End offset, UTF-16 code units, exclusive. */
  end: number;
  /** The exact characters of the input between `start` and `end`. */
  text: string;
}

/** A sentence of the body, with its offsets. */
export interface Sentence extends Span {
  /** Index of the paragraph that holds this sentence. */
  paragraph: number;
}

/** A paragraph of the body (a block of text between blank lines, or one line), or the headline. */
export interface Paragraph extends Span {
  /** Indexes into `ArticleDocument.sentences` of this paragraph's sentences, in order. */
  sentences: number[];
  /** True for the headline (paragraph 0 when the article has one): its names count, its quote marks do not make quotations. */
  headline?: boolean;
}

/** A date found in the article header. */
export interface DateField extends Span {
  /** ISO 8601 date (`YYYY-MM-DD`, or a full timestamp when the text has a time), or null when it does not parse. */
  iso: string | null;
}

/** Header metadata found in the common article layout (title line, "By …", date line, "Original url: <…>"). */
export interface ArticleMeta {
  /** Headline (first line of the article, when it looks like one). */
  title: Span | null;
  /** The whole byline as written, e.g. `By [The Moscow Times](#)`. */
  byline: Span | null;
  /** Publisher or author named in the byline, markup stripped, e.g. `The Moscow Times`. */
  publisher: Span | null;
  /** Publication date. */
  date: DateField | null;
  /** The article's original URL, without angle brackets. */
  url: Span | null;
}

/** A problem met while reading or extracting one article; never thrown past the pipeline. */
export interface Diagnostic {
  /** `error` means the article could not be processed; `warning` means results may be partial. */
  severity: 'error' | 'warning';
  /** Stable machine-readable code, e.g. `ENOENT`, `BINARY`, `TOO_LARGE`, `DECODE`, `EXTRACT`. */
  code: string;
  /** One human-readable line. */
  message: string;
}

/** A token as seen by the NLP layer (compromise), mapped back to the original offsets. */
export interface Token extends Span {
  /** Lower-cased, punctuation-stripped form used for lexicon look-ups. */
  norm: string;
  /** Part-of-speech and entity tags given by the tagger (compromise tag names, e.g. `ProperNoun`, `Person`). */
  tags: string[];
  /** Index of the sentence holding the token. */
  sentence: number;
  /** Punctuation and whitespace before the word, as in the text. */
  pre: string;
  /** Punctuation and whitespace after the word, as in the text. */
  post: string;
}

/** The one document object passed along the pipeline. */
export interface ArticleDocument {
  /** Where the article came from: a file path, `-` for stdin, or an id from JSON Lines input. */
  source: string;
  /** The full decoded input text; every offset refers to it. */
  text: string;
  /** Header metadata. */
  meta: ArticleMeta;
  /** The range of the body (the text after the header and before the trailing URL line). */
  body: { start: number; end: number };
  /** The headline (as paragraph 0, flagged `headline`, when present, so its entities are found), then the body paragraphs. */
  paragraphs: Paragraph[];
  /** Body sentences, in order. */
  sentences: Sentence[];
  /** Tokens of all sentences, in order; filled by the NLP layer (`src/nlp`). */
  tokens: Token[];
  /** Problems met on the way. */
  diagnostics: Diagnostic[];
  /** Input details, when known: encoding detected, format. */
  input?: { encoding?: string; format?: 'text' | 'markdown' | 'html' | 'jsonl' };
}

/** ISO 3166-1 country reference. */
export interface CountryRef {
  /** ISO 3166-1 alpha-2 code, e.g. `RU`. */
  code: string;
  /** Common English name, e.g. `Russia`. */
  name: string;
}

/** A title or role the article gives a person, e.g. `Deputy Foreign Minister` of Russia. */
export interface Role extends Span {
  /** The title, modifiers kept, demonyms and organizations removed: `Deputy Foreign Minister`, `envoy`. */
  title: string;
  /** Country the role belongs to, when stated (`Russian Deputy Foreign Minister` → Russia). */
  country: CountryRef | null;
  /** Canonical name of the organization the role belongs to, when stated (`the UN envoy` → `United Nations`). */
  organization: string | null;
}

/** How a mention refers to its entity. */
export type MentionKind = 'name' | 'alias' | 'pronoun' | 'nominal' | 'demonym' | 'capital' | 'acronym';

/** One mention of an entity in the text. */
export interface Mention extends Span {
  kind: MentionKind;
}

/** True for a mention that writes the entity's name (`name`, `alias`, `acronym`), not a pronoun, nominal, demonym or capital. */
export function isNameMention(m: Mention): boolean {
  return m.kind === 'name' || m.kind === 'alias' || m.kind === 'acronym';
}

/** A person, merged over all their mentions in one article. */
export interface Person {
  /** Id unique within the article, e.g. `p1`. */
  id: string;
  /** Canonical name: the fullest name used, no titles, honorifics or possessive. */
  name: string;
  /** Other forms used in the article (`Gatilov`, `Assad`), without the canonical name. */
  aliases: string[];
  /** Gender hint from honorifics, given-name lexicon or pronouns; null when unknown. */
  gender: 'male' | 'female' | null;
  /** Titles and roles, in order of first appearance. */
  roles: Role[];
  /**
   * Every mention, in text order: names and aliases, and the pronouns and nominals (`he`, `the
   * minister`) that attribution resolved to this person (kinds `pronoun`, `nominal`). Count name
   * mentions with `kind === 'name' || kind === 'alias'`.
   */
  mentions: Mention[];
}

/** A country, merged over names, short forms, demonyms and capitals used for the government. */
export interface Country extends CountryRef {
  /** Surface forms seen (`Russia`, `Russian`, `Moscow`). */
  forms: string[];
  /** Every mention, in text order. */
  mentions: Mention[];
}

/** An organization, merged over full name, acronym and later short references. */
export interface Organization {
  /** Id unique within the article, e.g. `o1`. */
  id: string;
  /** Canonical name: the full name when known (`United Nations`). */
  name: string;
  /** Acronym when known (`UN`). */
  acronym: string | null;
  /** Other forms used in the article. */
  aliases: string[];
  /** Every mention, in text order. */
  mentions: Mention[];
}

/**
 * Who a quotation is attributed to. The span is the mention that names or refers to the speaker for
 * this quote (`Gatilov`, `the minister`, `he`); `name` is who it resolves to.
 */
export interface Speaker extends Span {
  /** The speaker's name: a person's canonical name, an organization's or country's name, or the nominal phrase as written (`a Western diplomat`). */
  name: string;
  /** What kind of speaker. */
  type: 'person' | 'nominal' | 'organization' | 'country';
  /** Id of the resolved person (`p1`) or organization (`o1`), or ISO code for a country; null for nominal speakers not linked to a named person. */
  ref: string | null;
  /** Id of the attribution sieve that found the speaker for this quote (`trailing-cue`, `previous-quote`; see `src/extract/quotes/sieves/index.ts`). */
  rule: string;
  /** Id of the coreference rule that resolved the mention (`name`, `pronoun`, `role-holder`, `organization-kind`; see `src/extract/quotes/coreference/index.ts`). */
  coreference: string;
}

/** A quoted passage. `text`/`start`/`end` are the characters inside the quote marks. */
export interface Quote extends Span {
  /** `direct`: a whole utterance; `partial`: a fragment inside the reporter's sentence; `scare`: a term nobody is quoted as saying. */
  kind: 'direct' | 'partial' | 'scare';
  /** The cue verb or phrase (`said`, `told`, `according to`), or null. */
  cue: Span | null;
  /** The speaker, or null when none is given. */
  speaker: Speaker | null;
  /** Whether the closing mark was present (false for an unclosed quote and for multi-paragraph quotes that continue). */
  closed: boolean;
}

/** The result for one article, as written in JSON (one object per article). */
export interface ArticleResult {
  source: string;
  meta: ArticleMeta;
  people: Person[];
  countries: Country[];
  organizations: Organization[];
  quotes: Quote[];
  /** Warnings met while processing (omitted when empty). */
  diagnostics?: Diagnostic[];
}

/** The record written for an input that could not be processed. */
export interface ErrorRecord {
  source: string;
  error: { code: string; message: string };
}

/** One output record: a result or an error. */
export type OutputRecord = ArticleResult | ErrorRecord;

/** True when a record is an error record. */
export function isErrorRecord(r: OutputRecord): r is ErrorRecord {
  return (r as ErrorRecord).error !== undefined;
}

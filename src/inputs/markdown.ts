/**
 * Markdown read as text for extraction, with offsets kept: markup characters are *blanked* (each
 * replaced by one space), never removed, so the text handed to the pipeline has exactly the length
 * of the decoded file and every offset of the result is also an offset into the original file.
 * A span that does not cross markup reads the same in both; a span that does (a quotation holding a
 * link) has spaces where the file has markup.
 *
 * `[The Moscow Times](https://…)` becomes ` The Moscow Times` followed by spaces, so extractors see the
 * link text as ordinary words. Autolinks `<https://…>` are kept (the URL trailer of the article
 * layout uses them).
 */

/** One blanking rule: every character matched by the capture groups listed in `blank` becomes a space. */
interface MarkdownRule {
  /** Global, linear-time pattern (no nested quantifiers). */
  pattern: RegExp;
  /** Which capture groups are markup; the other characters of the match are kept. */
  blank: number[];
  reason: string;
  example: string;
}

/** The rules, applied in order (each to the output of the previous one). */
export const MARKDOWN_RULES: MarkdownRule[] = [
  {
    pattern: /^([ \t]*\[[^\]\n]+\]:[ \t]*\S.*)$/gm,
    blank: [1],
    reason: 'a link reference definition is not article text',
    example: '[1]: https://example.com/a',
  },
  {
    pattern: /(!\[[^\[\]\n]*\]\([^()\n]*\))/g,
    blank: [1],
    reason: 'an image: its alt text is not article text',
    example: '![A harbour at dawn](img/dawn.jpg)',
  },
  {
    pattern: /(\[)[^\[\]\n]+(\]\([^()\n]*\))/g,
    blank: [1, 2],
    reason: 'an inline link reads as its text',
    example: 'By [The Harbour Ledger](#)',
  },
  {
    pattern: /(\[)[^\[\]\n]+(\]\[[^\[\]\n]*\])/g,
    blank: [1, 2],
    reason: 'a reference link reads as its text',
    example: 'said [the ministry][1]',
  },
  {
    pattern: /^([ \t]{0,3}#{1,6}[ \t]+)/gm,
    blank: [1],
    reason: 'ATX heading marks',
    example: '# Harbour council approves fares',
  },
  {
    pattern: /^([ \t]{0,3}(?:=+|-{3,}|\*{3,}|_{3,})[ \t]*)$/gm,
    blank: [1],
    reason: 'setext underlines and thematic breaks (they become blank lines)',
    example: '=====',
  },
  {
    pattern: /^([ \t]{0,3}(?:>[ \t]?)+)/gm,
    blank: [1],
    reason: 'block-quote marks',
    example: '> "We will not move," she said.',
  },
  {
    pattern: /^([ \t]*[-+*][ \t]+)/gm,
    blank: [1],
    reason: 'bullet list marks',
    example: '- The council met on Monday.',
  },
  {
    pattern: /(\*+)/g,
    blank: [1],
    reason: 'emphasis marks (asterisks)',
    example: 'a **very** long meeting',
  },
  {
    pattern: /(?<![\p{L}\p{N}])(_+)(?=\S)|(?<=\S)(_+)(?![\p{L}\p{N}])/gu,
    blank: [1, 2],
    reason: 'emphasis marks (underscores at word edges; snake_case is kept)',
    example: 'a _very_ long meeting',
  },
  {
    pattern: /(`+)/g,
    blank: [1],
    reason: 'code marks',
    example: 'the `--json` flag',
  },
  {
    pattern: /(\\)[\\`*_{}\[\]()#+\-.!>]/g,
    blank: [1],
    reason: 'backslash escapes read as the escaped character',
    example: '3\\. Item',
  },
];

/** Replaces the capture groups listed in `rule.blank` by spaces (same length). */
function applyRule(text: string, rule: MarkdownRule): string {
  const re = new RegExp(rule.pattern.source, rule.pattern.flags.includes('d') ? rule.pattern.flags : rule.pattern.flags + 'd');
  const chars = text.split('');
  let changed = false;
  for (const m of text.matchAll(re)) {
    for (const g of rule.blank) {
      const range = m.indices?.[g];
      if (!range) continue;
      for (let i = range[0]; i < range[1]; i++) {
        if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
      }
      changed = true;
    }
  }
  return changed ? chars.join('') : text;
}

/**
 * Blanks the markup of a Markdown text (see the module comment).
 *
 * @param md the decoded Markdown file.
 * @returns text of the same length (UTF-16 code units) with markup characters replaced by spaces.
 */
export function blankMarkdown(md: string): string {
  let text = md;
  for (const rule of MARKDOWN_RULES) text = applyRule(text, rule);
  return text;
}

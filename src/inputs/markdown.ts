/**
 * Markdown read as text for extraction, with offsets kept: markup characters are *blanked* (each
 * replaced by one space), never removed, so the text handed to the pipeline has exactly the length
 * of the decoded file and every offset of the result is also an offset into the original file.
 * A span that does not cross markup reads the same in both; a span that does (a quotation holding a
 * link) has spaces where the file has markup. Code blocks (fenced or indented) are blanked whole.
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

/** An opening code fence: up to 3 spaces, then 3+ backticks or 3+ tildes (CommonMark). */
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
/** A list item line (bullet or ordered): indented lines after it continue the item, they are not code. */
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]/;
/** A line indented by 4+ columns (4 spaces or a tab), with some text. */
const INDENTED = /^(?: {4}| {0,3}\t)\s*\S/;

/** Blanks one line (all characters but the line break) into `chars`. */
function blankLine(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== '\r') chars[i] = ' ';
}

/**
 * Blanks code blocks, which are not article text: fenced blocks (```…``` or ~~~…~~~, fences
 * included; a block closes on a fence of the same character at least as long) and indented blocks
 * (lines indented by 4 spaces or a tab after a blank line, not continuing a list item). An opening
 * fence that never closes blanks only its own line (a stray fence must not hide the article).
 * Linear time: one pass over the lines.
 */
export function blankCodeBlocks(md: string): string {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  for (let start = 0; start <= md.length; ) {
    let end = md.indexOf('\n', start);
    if (end < 0) end = md.length;
    lines.push({ start, end, text: md.slice(start, end).replace(/\r$/, '') });
    start = end + 1;
  }
  // Longest closing-fence candidate of each kind at or after each line, so an unclosed fence is
  // known without scanning to the end (keeps the pass linear).
  const lastTicks = new Array<number>(lines.length + 1).fill(0);
  const lastTildes = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[i]!.text);
    lastTicks[i] = Math.max(lastTicks[i + 1]!, m && m[1]![0] === '`' ? m[1]!.length : 0);
    lastTildes[i] = Math.max(lastTildes[i + 1]!, m && m[1]![0] === '~' ? m[1]!.length : 0);
  }
  const chars = md.split('');
  let changed = false;
  let prevBlank = true; // the start of the file counts as after a blank line
  let inList = false; // the last non-blank block was a list item (indented lines continue it)
  let inIndentedCode = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const blank = line.text.trim() === '';
    const open = FENCE_OPEN.exec(line.text);
    if (open && !inIndentedCode) {
      const mark = open[1]!;
      // A backtick fence's info string may not contain backticks.
      if (mark[0] === '~' || !line.text.slice(open[0].length).includes('`')) {
        const close = new RegExp(`^ {0,3}${mark[0] === '`' ? '`' : '~'}{${mark.length},}[ \\t]*$`);
        let j = i + 1;
        const longest = (mark[0] === '`' ? lastTicks : lastTildes)[j]!;
        if (longest < mark.length) j = lines.length;
        while (j < lines.length && !close.test(lines[j]!.text)) j++;
        const last = j < lines.length ? j : i; // unclosed: only the fence line
        for (let k = i; k <= last; k++) blankLine(chars, lines[k]!.start, lines[k]!.end);
        changed = true;
        i = last;
        prevBlank = false;
        inList = false;
        continue;
      }
    }
    if (!blank && INDENTED.test(line.text) && (inIndentedCode || (prevBlank && !inList))) {
      blankLine(chars, line.start, line.end);
      changed = true;
      inIndentedCode = true;
      prevBlank = false;
      continue;
    }
    if (!blank) {
      inIndentedCode = false;
      if (LIST_ITEM.test(line.text)) inList = true;
      else if (!/^\s/.test(line.text)) inList = false;
    }
    prevBlank = blank;
  }
  return changed ? chars.join('') : md;
}

/**
 * Blanks the markup of a Markdown text (see the module comment): code blocks first
 * ({@link blankCodeBlocks}), then the {@link MARKDOWN_RULES}.
 *
 * @param md the decoded Markdown file.
 * @returns text of the same length (UTF-16 code units) with markup characters replaced by spaces.
 */
export function blankMarkdown(md: string): string {
  let text = blankCodeBlocks(md);
  for (const rule of MARKDOWN_RULES) text = applyRule(text, rule);
  return text;
}

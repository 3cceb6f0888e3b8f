/**
 * The `EMPTY` rule shared by every reader (files, stdin, JSON Lines lines), in a module of its own
 * so that the main thread can apply it without loading the HTML reader.
 */

/** True when text holds nothing but whitespace (no-break and zero-width spaces, U+FEFF included). */
export function isBlankText(text: string): boolean {
  return /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*$/.test(text);
}

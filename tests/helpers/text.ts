/** Test helper: the comparison form of names and titles. */

/** Comparison form: lower case, straight apostrophes, single spaces, no leading "the". */
export function norm(s: string): string {
  return s
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

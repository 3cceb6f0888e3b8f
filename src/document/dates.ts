/**
 * Date lines of article headers: `February 12, 2014`, `12 February 2014`, `Wed 12 Feb 2014 10:31 GMT`,
 * `2014-02-12`, `2014-02-12T10:31:00Z`.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const MONTH = '([a-z]{3,9})\\.?';
const TIME = '(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4})?)?';
const MDY = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`, 'i');
const DMY = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})${TIME}$`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Parses a header date line.
 *
 * @param line one trimmed line.
 * @returns `undefined` when the line is not a date at all; `null` when it is shaped like a date but
 *   invalid (e.g. `February 30, 2014`); otherwise the ISO 8601 date `YYYY-MM-DD` (the time of day is
 *   dropped unless the line is an ISO timestamp, which is returned normalised as written).
 */
export function parseDate(line: string): string | null | undefined {
  const iso = ISO.exec(line);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (!valid(y, m, d)) return null;
    return iso[4] ? line.replace(' ', 'T') : `${iso[1]}-${iso[2]}-${iso[3]}`;
  }
  let y: number, m: number | undefined, d: number;
  const mdy = MDY.exec(line);
  const dmy = mdy ? null : DMY.exec(line);
  if (mdy) {
    m = MONTHS[mdy[1]!.toLowerCase()];
    d = Number(mdy[2]);
    y = Number(mdy[3]);
  } else if (dmy) {
    d = Number(dmy[1]);
    m = MONTHS[dmy[2]!.toLowerCase()];
    y = Number(dmy[3]);
  } else {
    return undefined;
  }
  if (m === undefined) return undefined;
  if (!valid(y, m, d)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

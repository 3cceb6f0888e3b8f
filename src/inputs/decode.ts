/**
 * Decoding bytes to text: byte-order marks, UTF-8, UTF-16, and legacy single-byte encodings
 * (detected with chardet, decoded with iconv-lite).
 *
 * Order of decisions:
 * 1. a forced encoding (`--encoding`) wins; unknown names are an `ENCODING` error; a `DECODE` warning
 *    says when the result looks wrong (see {@link forcedDoubt});
 * 2. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) — the mark is removed from the text;
 * 3. binary data (signatures of PDF, images, archives; NUL bytes that are not BOM-less UTF-16) is refused;
 * 4. valid UTF-8 (ASCII included) is UTF-8;
 * 5. otherwise chardet's best guess, when it names a legacy encoding (ISO-8859-1 is read as its
 *    superset windows-1252, as browsers do); Western encodings are preferred over near-ties;
 * 6. otherwise the bytes are read as UTF-8 where they form valid sequences and as windows-1252
 *    where they do not, with a `DECODE` warning (never U+FFFD replacement characters).
 *
 * Offsets of the pipeline refer to the decoded text: a BOM is not part of it.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Diagnostic } from '../types.js';
import { binaryReason, detectBom, detectBomlessUtf16, detectMagic, firstNul } from './sniff.js';

/** Text decoded from bytes. */
export interface Decoded {
  ok: true;
  /** The decoded text, without a byte-order mark. */
  text: string;
  /** Lower-case encoding name, e.g. `utf-8`, `utf-16le`, `windows-1252`. */
  encoding: string;
  /** True when a byte-order mark was found (and removed). */
  bom: boolean;
  /** Warnings, e.g. invalid UTF-8 read as windows-1252. */
  diagnostics: Diagnostic[];
}

/** Why bytes could not be decoded. */
export interface DecodeFailure {
  ok: false;
  /** `BINARY` or `ENCODING`. */
  code: string;
  /** The reason, without the file name. */
  message: string;
}

/** chardet names of encodings decoded as found (besides the Western ones below). */
const LEGACY = new Set([
  'iso-8859-2', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8', 'iso-8859-9',
  'windows-1250', 'windows-1251', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256',
  'windows-1257', 'windows-1258', 'koi8-r', 'shift_jis', 'euc-jp', 'euc-kr', 'gb18030', 'big5',
]);
/** Western single-byte encodings, all read as windows-1252 (the WHATWG reading of ISO-8859-1). */
const WESTERN = new Set(['iso-8859-1', 'windows-1252', 'iso-8859-15']);
/** How far below the best guess a Western guess may be and still be preferred. */
const WESTERN_MARGIN = 15;
/** Bytes given to chardet (its statistics settle long before; whole files of megabytes are slow). */
const CHARDET_SAMPLE = 64 * 1024;
/** chardet confidence (0–100) below which a guess is not trusted. */
const MIN_CONFIDENCE = 20;

/** Encodings that legitimately contain NUL bytes. */
const WIDE = /^(?:utf-?16|utf-?32|ucs-?2|ucs-?4)/i;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const looseUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** windows-1252 as a table of 256 characters; the five unassigned bytes map to C1 controls (WHATWG). */
const CP1252: string[] = (() => {
  const table: string[] = [];
  for (let b = 0; b < 256; b++) {
    const c = iconv.decode(Buffer.from([b]), 'windows-1252');
    table.push(c === '\ufffd' || c === '' ? String.fromCharCode(b) : c);
  }
  return table;
})();

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function utf8SequenceLength(buf: Uint8Array, i: number): number {
  const b = buf[i]!;
  if (b < 0x80) return 1;
  let n: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) n = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    n = 3;
    if (b === 0xe0) lo = 0xa0; // no overlong forms
    if (b === 0xed) hi = 0x9f; // no surrogates
  } else if (b >= 0xf0 && b <= 0xf4) {
    n = 4;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f; // ≤ U+10FFFF
  } else return 0;
  if (i + n > buf.length) return 0;
  const second = buf[i + 1]!;
  if (second < lo || second > hi) return 0;
  for (let k = 2; k < n; k++) if ((buf[i + k]! & 0xc0) !== 0x80) return 0;
  return n;
}

/**
 * Reads bytes as UTF-8 where they form valid sequences and as windows-1252 where they do not
 * (text pasted together from sources in both encodings). Linear time.
 *
 * @returns the text, how many bytes were not valid UTF-8, and how many valid multi-byte UTF-8
 *   sequences were read as UTF-8.
 */
export function decodeMixed(buf: Uint8Array): { text: string; invalid: number; multibyte: number } {
  const parts: string[] = [];
  let runStart = 0;
  let invalid = 0;
  let multibyte = 0;
  let i = 0;
  while (i < buf.length) {
    const n = utf8SequenceLength(buf, i);
    if (n > 0) {
      if (n > 1) multibyte++;
      i += n;
      continue;
    }
    if (runStart < i) parts.push(looseUtf8.decode(buf.subarray(runStart, i)));
    parts.push(CP1252[buf[i]!]!);
    invalid++;
    i++;
    runStart = i;
  }
  if (runStart < buf.length) parts.push(looseUtf8.decode(buf.subarray(runStart)));
  return { text: parts.join(''), invalid, multibyte };
}

function stripBomChar(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeWith(buf: Uint8Array, encoding: string): string {
  return stripBomChar(iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), encoding));
}

/** chardet's guess, or null when it names no legacy encoding with enough confidence. */
function guessLegacy(buf: Uint8Array): string | null {
  const matches = chardet.analyse(buf.subarray(0, CHARDET_SAMPLE));
  const best = matches[0];
  if (!best || best.confidence < MIN_CONFIDENCE) return null;
  const western = matches.find((m) => WESTERN.has(m.name.toLowerCase()));
  if (western && western.confidence >= best.confidence - WESTERN_MARGIN) return 'windows-1252';
  const name = best.name.toLowerCase();
  if (WESTERN.has(name)) return 'windows-1252';
  return LEGACY.has(name) && iconv.encodingExists(name) ? name : null;
}

/** Bytes sampled by the checks of a forced decoding. */
const DOUBT_SAMPLE = 64 * 1024;

/**
 * Share of 16-bit units made of two ASCII text bytes above which a forced UTF-16 reading is doubted:
 * ASCII text gives ~100 %, real UTF-16 Latin text 0 %, Chinese ~20 %, kana-heavy Japanese up to ~50 %.
 */
const WIDE_ASCII_SHARE = 0.8;

/** Count of `needle` in `buf` (native search). */
function countBytes(buf: Uint8Array, needle: Uint8Array): number {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  let n = 0;
  for (let i = b.indexOf(needle); i >= 0; i = b.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** True for a byte of ASCII text: printable, tab, LF, CR. */
function asciiTextByte(b: number): boolean {
  return (b >= 0x20 && b <= 0x7e) || b === 0x09 || b === 0x0a || b === 0x0d;
}

/**
 * Why a forced decoding looks wrong, or null when it looks right. Signs, in order:
 * - UTF-16/UCS-2 over bytes that are ASCII text: 80 %+ of the 16-bit units are two ASCII text bytes
 *   (such text decodes to CJK and other unrelated characters); real UTF-16 Latin text has a NUL in
 *   every unit, real CJK text far fewer such units (see {@link WIDE_ASCII_SHARE});
 * - UTF-16/UCS-2 over bytes that are valid UTF-8 with multi-byte characters and no NUL byte;
 * - U+FFFD replacement characters that the bytes do not spell themselves (bytes invalid in the encoding);
 * - a single-byte encoding over bytes that are valid UTF-8 with multi-byte sequences (mojibake such as `Ã©`).
 *
 * @returns a short reason for the `DECODE` warning, or null.
 */
export function forcedDoubt(buf: Uint8Array, text: string, encoding: string): string | null {
  const sample = buf.subarray(0, DOUBT_SAMPLE);
  if (/^(?:utf-?16|ucs-?2)/i.test(encoding)) {
    const units = sample.length >> 1;
    let ascii = 0;
    for (let i = 0; i + 1 < sample.length; i += 2) if (asciiTextByte(sample[i]!) && asciiTextByte(sample[i + 1]!)) ascii++;
    if (units >= 4 && ascii >= WIDE_ASCII_SHARE * units) {
      return `${Math.round((100 * ascii) / units)}% of its 16-bit units are pairs of ASCII characters, so the bytes look like ASCII or UTF-8 text`;
    }
    const utf8 = decodeMixed(sample);
    if (utf8.invalid === 0 && utf8.multibyte > 0 && firstNul(sample) < 0) {
      return `the bytes are valid UTF-8 with ${utf8.multibyte} multi-byte character(s) and no NUL bytes`;
    }
  }
  let replaced = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) replaced++;
  if (/^utf-?8$/i.test(encoding)) replaced -= countBytes(buf, Uint8Array.from([0xef, 0xbf, 0xbd]));
  if (replaced > 0) return `${replaced} byte sequence(s) are not valid in it and became U+FFFD replacement characters`;
  if (!/^(?:utf|ucs)/i.test(encoding)) {
    const mixed = decodeMixed(sample);
    if (mixed.invalid === 0 && mixed.multibyte > 0) return `the bytes are valid UTF-8 with ${mixed.multibyte} multi-byte character(s)`;
  }
  return null;
}

/**
 * Decodes the bytes of one input.
 *
 * @param buf the raw bytes.
 * @param options `encoding` forces an iconv-lite encoding name; `declared` is an encoding the content
 *   itself declares (HTML `<meta charset>`), tried when the bytes are not valid UTF-8.
 * @returns the text, or a failure (`BINARY`, `ENCODING`). Never throws.
 */
export function decodeBytes(buf: Uint8Array, options: { encoding?: string; declared?: string } = {}): Decoded | DecodeFailure {
  const diagnostics: Diagnostic[] = [];
  const bom = detectBom(buf);
  const forced = options.encoding?.trim();

  if (forced) {
    if (!iconv.encodingExists(forced)) {
      return { ok: false, code: 'ENCODING', message: `unknown encoding "${forced}"` };
    }
    const magic = detectMagic(buf);
    if (magic) return { ok: false, code: 'BINARY', message: `not a text file (${magic})` };
    if (!WIDE.test(forced) && firstNul(buf) >= 0) {
      return { ok: false, code: 'BINARY', message: 'not a text file (NUL bytes)' };
    }
    const text = decodeWith(buf, forced);
    const doubt = forcedDoubt(buf, text, forced);
    if (doubt) {
      diagnostics.push({ severity: 'warning', code: 'DECODE', message: `the text may not be in ${forced} (forced with --encoding): ${doubt}` });
    }
    return { ok: true, text, encoding: forced.toLowerCase(), bom: bom !== null, diagnostics };
  }

  if (bom) {
    const body = buf.subarray(bom.length);
    if (bom.encoding.startsWith('utf-16') && body.length % 2 === 1) {
      diagnostics.push({ severity: 'warning', code: 'DECODE', message: `odd number of bytes for ${bom.encoding}; the last byte was dropped` });
    }
    if (bom.encoding !== 'utf-8') return { ok: true, text: decodeWith(body, bom.encoding), encoding: bom.encoding, bom: true, diagnostics };
    const mixed = decodeMixed(body);
    if (mixed.invalid > 0) {
      diagnostics.push({ severity: 'warning', code: 'DECODE', message: `${mixed.invalid} byte(s) after the UTF-8 byte-order mark are not UTF-8; read as windows-1252` });
    }
    return { ok: true, text: mixed.text, encoding: 'utf-8', bom: true, diagnostics };
  }

  const binary = binaryReason(buf);
  if (binary) return { ok: false, code: 'BINARY', message: `not a text file (${binary})` };

  const wide = detectBomlessUtf16(buf);
  if (wide) return { ok: true, text: decodeWith(buf, wide), encoding: wide, bom: false, diagnostics };

  try {
    return { ok: true, text: strictUtf8.decode(buf), encoding: 'utf-8', bom: false, diagnostics };
  } catch {
    // not UTF-8: fall through
  }

  const declared = options.declared?.trim().toLowerCase();
  if (declared && !/^utf-?8$/.test(declared) && !WIDE.test(declared) && iconv.encodingExists(declared)) {
    const encoding = WESTERN.has(declared) || declared === 'us-ascii' ? 'windows-1252' : declared;
    return { ok: true, text: decodeWith(buf, encoding), encoding, bom: false, diagnostics };
  }

  const guess = guessLegacy(buf);
  if (guess === 'windows-1252') {
    const mixed = decodeMixed(buf);
    if (mixed.multibyte > 0) {
      diagnostics.push({
        severity: 'warning',
        code: 'DECODE',
        message: `mixed encodings: ${mixed.multibyte} UTF-8 sequence(s) and ${mixed.invalid} windows-1252 byte(s)`,
      });
    }
    return { ok: true, text: mixed.text, encoding: guess, bom: false, diagnostics };
  }
  if (guess) return { ok: true, text: decodeWith(buf, guess), encoding: guess, bom: false, diagnostics };

  const mixed = decodeMixed(buf);
  diagnostics.push({
    severity: 'warning',
    code: 'DECODE',
    message: `not valid UTF-8 and no other encoding recognised; ${mixed.invalid} byte(s) read as windows-1252`,
  });
  return { ok: true, text: mixed.text, encoding: 'windows-1252', bom: false, diagnostics };
}

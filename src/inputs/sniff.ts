/**
 * Sniffing raw bytes before decoding: byte-order marks, binary formats (magic numbers), NUL bytes,
 * and HTML that arrives without a file name (stdin).
 */

/** A known binary file signature. */
interface Magic {
  /** Bytes at `offset` (default 0). */
  bytes: number[];
  offset?: number;
  /** What the file is, for the refusal message. */
  name: string;
}

/** Signatures of binary formats a user may pass by mistake (sources: the formats' specifications). */
const MAGIC: Magic[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document' }, // %PDF-
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' }, // GIF8
  { bytes: [0x52, 0x49, 0x46, 0x46], name: 'a RIFF file (WebP image, WAV or AVI)' }, // RIFF
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or DOCX/ODT/EPUB)' }, // PK\3\4
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'an empty ZIP archive' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], name: 'a bzip2 archive' }, // BZh
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'an xz archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], name: 'a RAR archive' }, // Rar!
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'a legacy Microsoft Office document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'an ELF executable' },
  { bytes: [0x4d, 0x5a], name: 'a Windows executable' }, // MZ — only when followed by binary bytes, see below
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, name: 'an MP4/MOV/HEIC media file' }, // ftyp
  { bytes: [0x4f, 0x67, 0x67, 0x53, 0x00], name: 'an Ogg media file' }, // OggS\0
  { bytes: [0x00, 0x61, 0x73, 0x6d], name: 'a WebAssembly module' },
];

/** Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark). */
const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function startsWith(buf: Uint8Array, bytes: number[], offset = 0): boolean {
  if (buf.length < offset + bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (buf[offset + i] !== bytes[i]) return false;
  return true;
}

/**
 * The byte-order mark at the start of `buf`.
 *
 * @returns the encoding it announces (`utf-8`, `utf-16le`, `utf-16be`, `utf-32le`, `utf-32be`) and its
 *   length in bytes, or null when there is none.
 */
export function detectBom(buf: Uint8Array): { encoding: string; length: number } | null {
  for (const bom of BOMS) if (startsWith(buf, bom.bytes)) return { encoding: bom.encoding, length: bom.bytes.length };
  return null;
}

/** How many bytes are sampled by the binary checks. */
const SAMPLE = 8192;

/**
 * Recognises a binary file by its signature.
 *
 * @returns a description such as `a PDF document`, or null when no known signature matches.
 */
export function detectMagic(buf: Uint8Array): string | null {
  for (const m of MAGIC) {
    if (!startsWith(buf, m.bytes, m.offset ?? 0)) continue;
    // "MZ" can start an ordinary text; call it an executable only when control bytes follow.
    if (m.name === 'a Windows executable' && controlRatio(buf.subarray(0, 256)) < 0.1) continue;
    return m.name;
  }
  return null;
}

/** Share of bytes in `buf` that are control characters never found in text (not tab, LF, FF, CR, ESC). */
export function controlRatio(buf: Uint8Array): number {
  if (buf.length === 0) return 0;
  let n = 0;
  for (const b of buf) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) n++;
  return n / buf.length;
}

/** Position of the first NUL byte, or -1 (the whole buffer is searched: a native scan, fast). */
export function firstNul(buf: Uint8Array): number {
  return buf.indexOf(0);
}

/**
 * UTF-16 without a byte-order mark: text in Latin script has a NUL as every other byte.
 *
 * @returns `utf-16le`, `utf-16be`, or null when the NUL bytes do not follow that pattern.
 */
export function detectBomlessUtf16(buf: Uint8Array): string | null {
  const n = Math.min(buf.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= 0.9 * pairs && evenNul === 0) return 'utf-16le';
  if (evenNul >= 0.9 * pairs && oddNul === 0) return 'utf-16be';
  return null;
}

/**
 * Why these bytes are not text, or null when they may be.
 *
 * @param buf the raw bytes (call after ruling out a UTF-16/32 byte-order mark).
 * @returns a reason such as `a PDF document` or `NUL bytes`.
 */
export function binaryReason(buf: Uint8Array): string | null {
  const magic = detectMagic(buf);
  if (magic) return magic;
  if (detectBomlessUtf16(buf)) return null;
  if (firstNul(buf) >= 0) return 'NUL bytes';
  if (controlRatio(buf.subarray(0, SAMPLE)) > 0.1) return 'control bytes';
  return null;
}

/**
 * True when decoded text is an HTML page: it starts (after whitespace, a BOM or comments) with
 * `<!doctype html` or `<html`. Used for stdin and files without a known extension.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\ufeff/, '').replace(/^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '');
  return /^<!doctype\s+html|^<html[\s>]/i.test(head);
}

// An article's text as the editor sees it, from the bytes of a file: strictly UTF-8 (a file that
// is not is reported, never read with replacement characters whose offsets would be wrong), with
// a leading byte-order mark dropped.
import type { Problem } from '../problems';

/**
 * Editors drop a leading byte-order mark from a document's text; offsets taken from files read
 * outside an editor must do the same to agree with them.
 */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // The sequence's length and the range its second byte must fall in (no overlong forms, no
    // surrogates, nothing past U+10FFFF), as in the Unicode standard's table 3-7.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > n) return i;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += length;
  }
  return -1;
}

export type DecodedText = { ok: true; text: string } | { ok: false; problem: Problem };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of a file's bytes, when they are UTF-8; otherwise a problem that names the file, the
 * line and the byte offset of the first invalid sequence. The byte-order mark is kept: see
 * `stripByteOrderMark`.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    // Not UTF-8: find out where, for the message.
  }
  const offset = Math.max(0, firstInvalidUtf8(bytes));
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = decoder.decode(bytes.subarray(lineStart, offset)).length + 1;
  const byte = `0x${bytes[offset].toString(16).toUpperCase().padStart(2, '0')}`;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? ' (it looks like UTF-16: save it as UTF-8)' : '';
  return {
    ok: false,
    problem: { file, line, column, field: '', message: `not valid UTF-8 text: the byte ${byte} at byte offset ${offset} begins no well-formed UTF-8 sequence${utf16}`, severity: 'error' },
  };
}

/** A file that could not be read as text; its problem names the file and where. */
export class InvalidTextError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.file}: ${problem.message}`);
    this.name = 'InvalidTextError';
  }
}

/**
 * A warning when the text holds NUL characters: they are kept (offsets stay those of the file)
 * and read as separators, but they usually mean a damaged or binary file.
 */
export function nulCharactersProblem(text: string, file: string): Problem | undefined {
  const first = text.indexOf('\0');
  if (first < 0) return undefined;
  let count = 0;
  for (let i = first; i >= 0; i = text.indexOf('\0', i + 1)) count++;
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < first; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const what = count === 1 ? `a NUL character at offset ${first}; it is kept, and separates words` : `${count} NUL characters, the first at offset ${first}; they are kept, and separate words`;
  return { file, line, column: first - lineStart + 1, field: '', message: `the text holds ${what} (a damaged file?)`, severity: 'warning' };
}

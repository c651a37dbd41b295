// Text from files (quotes, file names) shown in a terminal: characters that could act on the
// terminal or hide what a line says are written as escapes instead.

/**
 * C0 and C1 control characters (an escape sequence starts with one), DEL, the bidirectional
 * marks, embeddings, overrides and isolates (they reorder what is shown), the line and paragraph
 * separators, and the byte-order mark.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/** `text` with each unsafe character written as `\xNN` (up to U+00FF) or `\u{NNNN}`. */
export function escapeUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16).padStart(4, '0')}}`;
  });
}

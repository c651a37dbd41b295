// JSON text for line-oriented outputs.

/**
 * JSON on one line. U+2028 and U+2029 are escaped too: JSON allows them raw, but some line readers
 * take them for line ends.
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

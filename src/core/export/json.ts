// JSON text for line-oriented outputs.

/**
 * JSON on one line. U+2028 and U+2029 are escaped too: JSON allows them raw, but some line readers
 * take them for line ends.
 */
export function jsonLine(value: unknown): string {
  const json = JSON.stringify(value);
  // Looked for first: they are rare, and a search is cheaper than a replace over every line.
  if (!json.includes('\u2028') && !json.includes('\u2029')) return json;
  return json.replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/**
 * Editors drop a leading byte-order mark from a document's text; offsets taken from files read
 * outside an editor must do the same to agree with them.
 */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

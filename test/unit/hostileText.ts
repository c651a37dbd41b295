// Random text of what JSON must escape or encode in several bytes.

/** Quotes, backslashes, control characters, DEL, line separators, many-byte and astral characters, lone and reversed surrogates. */
export function randomText(random: () => number, maxLength = 10): string {
  const pieces = ['"', '\\', '/', 'a', 'Z', ' ', '\u007f', '\u0080', 'é', 'Ж', '\u07ff', '\u0800', '€', '\u2028', '\u2029', '\ufeff', '\uffff', '😀', '𝕏', '\u{10ffff}', '\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800'];
  let text = '';
  const length = Math.floor(random() * maxLength);
  for (let k = 0; k < length; k++) {
    const r = random();
    text += r < 0.25 ? String.fromCharCode(Math.floor(random() * 0x20)) : r < 0.35 ? String.fromCharCode(Math.floor(random() * 0x10000)) : pieces[Math.floor(random() * pieces.length)];
  }
  return text;
}

// UTF-16 surrogate pairs: a character outside the Basic Multilingual Plane (an emoji, 𝕏) is two
// code units, a high surrogate then a low one. Offsets count units, so code that moves by
// characters, or cuts text, asks here where a pair is.

export function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

export function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Either half of a pair, or a lone one. */
export function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1));
}

/** How many UTF-16 units the code point at `i` takes: 2 for a whole pair, else 1. */
export function widthAt(text: string, i: number): number {
  return isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** How many UTF-16 units the code point that ends right before `end` takes. */
export function widthBefore(text: string, end: number): number {
  return end >= 2 && isLowSurrogate(text.charCodeAt(end - 1)) && isHighSurrogate(text.charCodeAt(end - 2)) ? 2 : 1;
}

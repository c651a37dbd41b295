// Text-quote anchors: the quoted text with some context on each side, plus offsets. The context
// lets a mention be found again after the article changes.

export const ANCHOR_CONTEXT = 32;

export interface TextAnchor {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export function anchorAt(text: string, start: number, end: number, context = ANCHOR_CONTEXT): TextAnchor {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
    start,
    end,
  };
}

/** True when the anchor's offsets still hold its quote in `text`. */
export function anchorHolds(text: string, anchor: Pick<TextAnchor, 'quote' | 'start' | 'end'>): boolean {
  return anchor.end <= text.length && text.slice(anchor.start, anchor.end) === anchor.quote;
}

/**
 * True when the anchor's offsets hold its quote and its stored prefix and suffix still stand
 * beside it: only then is the stored span certain (another occurrence of a name can slide under
 * offsets that still hold the name).
 */
export function anchorAndContextHold(text: string, anchor: TextAnchor): boolean {
  return (
    anchorHolds(text, anchor) &&
    anchor.start >= anchor.prefix.length &&
    text.startsWith(anchor.prefix, anchor.start - anchor.prefix.length) &&
    text.startsWith(anchor.suffix, anchor.end)
  );
}

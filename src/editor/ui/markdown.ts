// Small helpers for the markdown of tooltips and hover cards.
import { ANCHOR_CONTEXT } from '../../core/reanchor/anchor';
import type { CommandId } from '../shell/contributions';

/** Text shown literally in markdown, whatever characters it holds. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .replace(/[\\`*_[\]<>|~$]/g, '\\$&')
      // What would start a heading, a list or a quote at the beginning of a line.
      .replace(/^(\s*)([#+\->]|\d+[.)])/, (_, space: string, marker: string) => `${space}${marker.replace(/[#+\->.)]/, '\\$&')}`)
  );
}

/** A link that runs one of our commands with its arguments. */
export function commandLink(label: string, command: CommandId, args: readonly unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/**
 * A short excerpt around a quote: up to `context` characters before it and `contextAfter` after,
 * within the quote's line, starting and ending on whole words, with an ellipsis where the text goes on.
 */
export function excerpt(prefix: string, quote: string, suffix: string, context = 30, contextAfter = context): { before: string; quote: string; after: string } {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const lineStart = prefix.lastIndexOf('\n');
  let before = prefix.slice(lineStart + 1);
  // A stored prefix as long as the anchor's context most likely starts inside a word.
  let cutBefore = lineStart < 0 && prefix.length >= ANCHOR_CONTEXT;
  if (before.length > context) {
    before = before.slice(-context);
    cutBefore = true;
  }
  if (cutBefore) {
    const space = before.indexOf(' ');
    before = `…${space >= 0 ? before.slice(space + 1) : ''}`;
  }

  const lineEnd = suffix.indexOf('\n');
  let after = lineEnd < 0 ? suffix : suffix.slice(0, lineEnd);
  let cutAfter = lineEnd < 0 && suffix.length >= ANCHOR_CONTEXT;
  if (after.length > contextAfter) {
    after = after.slice(0, contextAfter);
    cutAfter = true;
  }
  if (cutAfter) {
    const space = after.lastIndexOf(' ');
    after = `${space >= 0 ? after.slice(0, space) : ''}…`;
  }
  return { before: flat(before), quote: flat(quote), after: flat(after) };
}

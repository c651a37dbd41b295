// Small helpers for the markdown of tooltips and hover cards.

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
export function commandLink(label: string, command: string, args: readonly unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** A short excerpt around a quote: up to `context` characters of the same line on each side. */
export function excerpt(prefix: string, quote: string, suffix: string, context = 30): { before: string; quote: string; after: string } {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  let before = prefix.slice(prefix.lastIndexOf('\n') + 1);
  let after = suffix.split('\n', 1)[0];
  if (before.length > context) {
    before = before.slice(-context);
    // Start at a word, not in the middle of one.
    const space = before.indexOf(' ');
    before = `…${space >= 0 && space < before.length - 1 ? before.slice(space + 1) : before}`;
  }
  if (after.length > context) {
    after = after.slice(0, context);
    const space = after.lastIndexOf(' ');
    after = `${space > 0 ? after.slice(0, space) : after}…`;
  }
  return { before: flat(before), quote: flat(quote), after: flat(after) };
}

// Writes a `yaml` Document as the fact files and the knowledge base are written: no line folding,
// and every string read back as it was written, also after an editor has saved the file.
import { type Document, Scalar, visit } from 'yaml';

/**
 * A string that the `yaml` package would write as a block scalar and that would not read back as
 * it was: blanks and line breaks only (`"  \n"` reads back as `"\n"`), or lines that end in a
 * blank. Editors that trim trailing whitespace on save (a common setting) drop those blanks from
 * a block scalar, and a mention's context would change with them; double-quoted, the blanks stand
 * before a quote or an escape, where no trimming reaches.
 */
function unsafeAsBlock(value: unknown): value is string {
  return typeof value === 'string' && value.includes('\n') && /[ \t](?:\n|$)/.test(value);
}

/** Blanks and line breaks only, with at least one of each: as a block scalar, it reads back without its blanks. */
function blankLines(value: string): boolean {
  return /^[ \t\n]*$/.test(value);
}

/**
 * Writes the strings that `unsafeAsBlock` finds double-quoted: those the writer adds or changes
 * (a scalar read from the file keeps the style it was read in, so that an edit rewrites no line
 * but its own), and any of blanks and line breaks only.
 */
function quoteUnsafeBlocks(document: Document): void {
  visit(document, {
    Scalar(_, node) {
      if (unsafeAsBlock(node.value) && (node.type === undefined || blankLines(node.value))) node.type = Scalar.QUOTE_DOUBLE;
    },
    Pair(_, pair) {
      // A value set as plain data (`map.set(key, value)`) is not a node yet.
      if (unsafeAsBlock(pair.value)) {
        const node = new Scalar(pair.value);
        node.type = Scalar.QUOTE_DOUBLE;
        pair.value = node;
      }
    },
  });
}

/** The document's text as the writer writes it. */
export function yamlText(document: Document): string {
  quoteUnsafeBlocks(document);
  // A double-quoted string on one line, its line breaks as `\n`: folded over lines, a blank
  // before a break is written `\ `, and trimming that blank makes the break an escaped one.
  return document.toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER });
}

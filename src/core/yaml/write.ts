// Writes a `yaml` Document as the fact files and the knowledge base are written: no line folding,
// and every string read back as it was written.
import { type Document, Scalar, visit } from 'yaml';

/** Blanks and line breaks only, with at least one of each. */
function blankLines(value: unknown): value is string {
  return typeof value === 'string' && /^[ \t\n]*$/.test(value) && value.includes('\n') && /[ \t]/.test(value);
}

/**
 * A string of blanks and line breaks only, written as a block scalar by the `yaml` package, reads
 * back without its blanks (`"  \n"` as `"\n"`): such a string is written double-quoted.
 */
function quoteBlankLines(document: Document): void {
  visit(document, {
    Scalar(_, node) {
      if (blankLines(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
    Pair(_, pair) {
      // A value set as plain data (`map.set(key, value)`) is not a node yet.
      if (blankLines(pair.value)) {
        const node = new Scalar(pair.value);
        node.type = Scalar.QUOTE_DOUBLE;
        pair.value = node;
      }
    },
  });
}

/** The document's text as the writer writes it. */
export function yamlText(document: Document): string {
  quoteBlankLines(document);
  return document.toString({ lineWidth: 0 });
}

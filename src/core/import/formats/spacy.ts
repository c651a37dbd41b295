// Span JSON Lines as spaCy and Prodigy read them, and as this project's `spacy` export writes them:
// `{"text", "spans": [{"start", "end", "label", "kb_id"?}], "meta": {"path"}}`, offsets in code
// points. Read by spanLines.ts, with doccano's lines.
import type { FormatReader } from '../document';
import { readSpanLines } from './spanLines';

export const readSpacy: FormatReader = readSpanLines;

// doccano's JSON Lines export of a sequence labeling project: `{"text", "label": [[start, end,
// "LABEL"]]}`, or with relations `{"text", "entities": [{id, start_offset, end_offset, label}],
// "relations": [{id, from_id, to_id, type}]}`; offsets in code points (doccano is Python; a project
// set to count grapheme clusters as one character counts otherwise, and is not read right).
// Read by spanLines.ts, with spaCy's span lines.
import type { FormatReader } from '../document';
import { readSpanLines } from './spanLines';

export const readDoccano: FormatReader = readSpanLines;

// Reads a gold file: one span per line, `start<TAB>end<TAB>surface<TAB>TYPE<TAB>canonical`.
import { GOLD_TYPES, type GoldSpan, type GoldType } from './score';

export class GoldFileError extends Error {}

/**
 * UTF-16 offsets from code-point offsets. The corpus counts UTF-16 code units, as JavaScript and
 * VS Code do; a gold file written by a tool that counts code points (Python) differs only after a
 * character outside the Basic Multilingual Plane, and is read by this, in this one place.
 */
function utf16Offset(text: string, codePoints: number): number {
  let offset = 0;
  for (let i = 0; i < codePoints && offset < text.length; i++) offset += (text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
  return offset;
}

/**
 * The spans of a gold file, in UTF-16 offsets. Each line's surface must be the text between its
 * offsets, counted in UTF-16 code units or else in code points; anything else is an error naming
 * the file, line and field.
 */
export function parseGold(text: string, tsv: string, fileName: string): GoldSpan[] {
  const spans: GoldSpan[] = [];
  const lines = tsv.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${fileName}:${index + 1}`;
    const fields = line.split('\t');
    if (fields.length !== 5) throw new GoldFileError(`${where}: expected 5 tab-separated fields (start, end, surface, type, canonical), found ${fields.length}`);
    const [startField, endField, surface, type, canonical] = fields;
    const start = Number(startField);
    const end = Number(endField);
    if (!Number.isInteger(start) || start < 0) throw new GoldFileError(`${where}: start: not an offset: ${JSON.stringify(startField)}`);
    if (!Number.isInteger(end) || end <= start) throw new GoldFileError(`${where}: end: not an offset after start: ${JSON.stringify(endField)}`);
    if (!(GOLD_TYPES as readonly string[]).includes(type)) throw new GoldFileError(`${where}: type: ${JSON.stringify(type)} is not one of ${GOLD_TYPES.join(', ')}`);
    const span = locate(text, start, end, surface);
    if (!span) throw new GoldFileError(`${where}: surface: ${JSON.stringify(surface)} is not the text at ${start}–${end} in UTF-16 units or code points`);
    spans.push({ ...span, text: surface, type: type as GoldType, canonical });
  });
  return spans;
}

function locate(text: string, start: number, end: number, surface: string): { start: number; end: number } | undefined {
  if (text.slice(start, end) === surface) return { start, end };
  const from = utf16Offset(text, start);
  const to = utf16Offset(text, end);
  return text.slice(from, to) === surface ? { start: from, end: to } : undefined;
}

// Whether upper- or lower-casing a UTF-16 unit changes it, read from a memo of each unit once it
// is asked about: the scans that ask read every word of an article, and a unit's case was read
// by making strings of it.

/** Lower-casing the unit changes it. */
export const LOWERING_CHANGES = 1;
/** Upper-casing the unit changes it. */
export const RAISING_CHANGES = 2;
const CASES_KNOWN = 4;
const unitCaseChanges = new Uint8Array(65536);

/** LOWERING_CHANGES and RAISING_CHANGES of the unit `code`, as `toLowerCase` and `toUpperCase` of it alone say. */
export function caseChanges(code: number): number {
  let changes = unitCaseChanges[code];
  if (changes === 0) {
    const unit = String.fromCharCode(code);
    changes = CASES_KNOWN | (unit.toLowerCase() !== unit ? LOWERING_CHANGES : 0) | (unit.toUpperCase() !== unit ? RAISING_CHANGES : 0);
    unitCaseChanges[code] = changes;
  }
  return changes & ~CASES_KNOWN;
}

/** A capital: lower-casing it changes it, upper-casing does not. */
export function isUpperUnit(code: number): boolean {
  return caseChanges(code) === LOWERING_CHANGES;
}

/** A small letter: upper-casing it changes it, lower-casing does not. No unit (NaN, past a text's end) is none. */
export function isLowerUnit(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return code <= 0xffff && caseChanges(code) === RAISING_CHANGES;
}

/**
 * Whether lowering the unit `code` changes it: a capital letter, or a capital that is no letter
 * (Ⓐ). Latin and basic Cyrillic read directly, others from the memo.
 */
export function isCapitalUnit(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (code >= 0x400 && code <= 0x45f) return code <= 0x42f;
  return (caseChanges(code) & LOWERING_CHANGES) !== 0;
}

/** In `capitalUnits`: a word that starts with the unit may start with a capital. */
export const MAY_START_CAPITAL = 1;
/** In `capitalUnits`: the unit may be a capital outside ASCII, which a word after it may start with (Ⓐ). */
export const MAY_PRECEDE_CAPITAL = 2;
/** The units whose case `capitalUnits` says exactly: Latin, Greek and Cyrillic, told at once. */
const CAPITALS_TOLD = 0x600;
/**
 * Per unit, MAY_START_CAPITAL and MAY_PRECEDE_CAPITAL: exactly as `isCapitalUnit` says below
 * CAPITALS_TOLD, both for every unit above, which the few who read this table ask of
 * `isCapitalUnit` (telling all 65,536 units would take longer than most texts take to read).
 * A scan that asks it of every word can then keep a word's index with no branch on the answer.
 */
export const capitalUnits = new Uint8Array(65536).fill(MAY_START_CAPITAL | MAY_PRECEDE_CAPITAL);
for (let code = 0; code < CAPITALS_TOLD; code++) {
  capitalUnits[code] = isCapitalUnit(code) ? (code < 0x80 ? MAY_START_CAPITAL : MAY_START_CAPITAL | MAY_PRECEDE_CAPITAL) : 0;
}

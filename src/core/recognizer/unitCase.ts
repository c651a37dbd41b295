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

/** A small letter: upper-casing it changes it, lower-casing does not. */
export function isLowerUnit(code: number): boolean {
  return caseChanges(code) === RAISING_CHANGES;
}

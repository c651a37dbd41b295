// The facts two annotators recorded about one article, as units for Krippendorff's α: for each
// person and event either side recorded an attendance of, the status each gave; for each person
// either side gave a role, the roles each gave (all of them, as one value). A side that recorded
// nothing for a unit the other did gives it the value NO_FACT: both read the whole article, so
// leaving a fact out is a judgement too.
import type { AttendanceFact, Fact, RoleFact } from '../factFile/schema';

export const NO_FACT = '(none)';

/** A unit and the value each side gave it. */
export interface FactUnit {
  /** What the unit is about: `person:… event:…` for attendance, `person:…` for roles. */
  unit: string;
  a: string;
  b: string;
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The values each unit got from one side, several joined in one order. */
function valuesBy<F extends Fact>(facts: readonly Fact[], isKind: (f: Fact) => f is F, unitOf: (f: F) => string, valueOf: (f: F) => string): Map<string, string> {
  const grouped = new Map<string, Set<string>>();
  for (const fact of facts) {
    if (!isKind(fact)) continue;
    const unit = unitOf(fact);
    let values = grouped.get(unit);
    if (!values) grouped.set(unit, (values = new Set()));
    values.add(valueOf(fact));
  }
  return new Map([...grouped].map(([unit, values]) => [unit, [...values].sort(compare).join('; ')]));
}

function pairUp(a: Map<string, string>, b: Map<string, string>): FactUnit[] {
  const units = [...new Set([...a.keys(), ...b.keys()])].sort(compare);
  return units.map((unit) => ({ unit, a: a.get(unit) ?? NO_FACT, b: b.get(unit) ?? NO_FACT }));
}

const isAttendance = (f: Fact): f is AttendanceFact => f.type === 'attendance';
const isRole = (f: Fact): f is RoleFact => f.type === 'role';

/** A role as one value: the role, and where it holds ("President of place:russia"). */
export function roleLabel(f: RoleFact): string {
  const where = [f.country, f.organization].filter((x) => x !== undefined);
  return where.length > 0 ? `${f.role} of ${where.join(', ')}` : f.role;
}

export function attendanceUnits(a: readonly Fact[], b: readonly Fact[]): FactUnit[] {
  const unitOf = (f: AttendanceFact) => `${f.person} ${f.event}`;
  const statusOf = (f: AttendanceFact) => f.status;
  return pairUp(valuesBy(a, isAttendance, unitOf, statusOf), valuesBy(b, isAttendance, unitOf, statusOf));
}

export function roleUnits(a: readonly Fact[], b: readonly Fact[]): FactUnit[] {
  const unitOf = (f: RoleFact) => f.person;
  return pairUp(valuesBy(a, isRole, unitOf, roleLabel), valuesBy(b, isRole, unitOf, roleLabel));
}

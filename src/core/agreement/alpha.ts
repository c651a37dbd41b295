// Krippendorff's α for nominal values (Krippendorff, "Computing Krippendorff's Alpha-Reliability",
// 2011): any number of annotators, values that may be missing. Only units with at least two values
// are pairable. Each pairable unit u with m_u values adds, for every ordered pair of its values
// (c, k) taken from different annotators, 1/(m_u − 1) to the coincidence o_ck; n_c = Σ_k o_ck is
// how often c was used in pairable units, n = Σ_c n_c. Then
//   α = 1 − D_o / D_e,  D_o = Σ_{c≠k} o_ck / n,  D_e = Σ_{c≠k} n_c·n_k / (n·(n − 1)).

export interface Alpha {
  /** The units given. */
  units: number;
  /** Units with at least two values, the only ones that count. */
  pairableUnits: number;
  /** n: the values in pairable units. */
  pairableValues: number;
  /** n_c for each value: how often it was used in pairable units (the coincidence matrix's totals). */
  valueTotals: Record<string, number>;
  /** Σ_{c≠k} o_ck: the coincidences of different values. */
  disagreeingCoincidences: number;
  /** D_o, observed disagreement; null when no unit is pairable. */
  observedDisagreement: number | null;
  /** D_e, the disagreement expected by chance; null when no unit is pairable. */
  expectedDisagreement: number | null;
  alpha: number | null;
  /** Why α is null, in words. */
  undefinedBecause?: string;
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** α over `units`: each the values the annotators gave it, undefined where one gave none. */
export function krippendorffAlphaNominal(units: readonly (readonly (string | undefined)[])[]): Alpha {
  const totals = new Map<string, number>();
  let pairableUnits = 0;
  let disagreeing = 0;
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== undefined);
    const m = values.length;
    if (m < 2) continue;
    pairableUnits++;
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    // Ordered pairs of different values: m·m minus the pairs of equal values.
    let equalPairs = 0;
    for (const [value, count] of counts) {
      totals.set(value, (totals.get(value) ?? 0) + count);
      equalPairs += count * count;
    }
    disagreeing += (m * m - equalPairs) / (m - 1);
  }
  let n = 0;
  let sumOfSquares = 0;
  for (const count of totals.values()) {
    n += count;
    sumOfSquares += count * count;
  }
  const valueTotals = Object.fromEntries([...totals].sort((x, y) => compare(x[0], y[0])));
  const base = { units: units.length, pairableUnits, pairableValues: n, valueTotals, disagreeingCoincidences: disagreeing };
  if (n === 0) {
    return { ...base, observedDisagreement: null, expectedDisagreement: null, alpha: null, undefinedBecause: units.length === 0 ? 'there is nothing to compare' : 'no unit has values from both sides' };
  }
  const observed = disagreeing / n;
  const expected = (n * n - sumOfSquares) / (n * (n - 1));
  if (expected === 0) {
    const [only] = totals.keys();
    return { ...base, observedDisagreement: observed, expectedDisagreement: 0, alpha: null, undefinedBecause: `every value is the same (${only}), so no disagreement is expected by chance` };
  }
  return { ...base, observedDisagreement: observed, expectedDisagreement: expected, alpha: 1 - observed / expected };
}

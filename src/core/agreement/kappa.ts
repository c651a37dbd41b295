// Cohen's κ for two annotators who each gave every item one category (here: every token its IOB2
// tag). κ = (p_o − p_e) / (1 − p_e): the observed agreement p_o beyond the agreement p_e that two
// annotators would reach by chance, each keeping their own frequency of each category.

/** How often annotator A gave category `a` where annotator B gave `b`, over every item. */
export class AgreementTable {
  private readonly cells = new Map<string, Map<string, number>>();
  private total = 0;

  add(a: string, b: string, count = 1): void {
    let row = this.cells.get(a);
    if (!row) this.cells.set(a, (row = new Map()));
    row.set(b, (row.get(b) ?? 0) + count);
    this.total += count;
  }

  addTable(other: AgreementTable): void {
    for (const { a, b, count } of other.entries()) this.add(a, b, count);
  }

  get items(): number {
    return this.total;
  }

  /** Every non-empty cell, by A's category then B's. */
  entries(): { a: string; b: string; count: number }[] {
    const out: { a: string; b: string; count: number }[] = [];
    for (const [a, row] of this.cells) for (const [b, count] of row) out.push({ a, b, count });
    return out.sort((x, y) => compare(x.a, y.a) || compare(x.b, y.b));
  }
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

export interface Kappa {
  items: number;
  /** Items both gave the same category, over all items; null when there are none. */
  observed: number | null;
  /** The agreement expected by chance: Σ over categories of A's share times B's share. */
  expected: number | null;
  kappa: number | null;
  /** Why κ is null, in words. */
  undefinedBecause?: string;
  /** The table behind the figures: how many items got category `a` from A and `b` from B. */
  table: { a: string; b: string; count: number }[];
}

export function cohenKappa(table: AgreementTable): Kappa {
  const cells = table.entries();
  const n = table.items;
  if (n === 0) return { items: 0, observed: null, expected: null, kappa: null, undefinedBecause: 'there is nothing to compare', table: cells };
  const shareA = new Map<string, number>();
  const shareB = new Map<string, number>();
  let agreed = 0;
  for (const { a, b, count } of cells) {
    shareA.set(a, (shareA.get(a) ?? 0) + count / n);
    shareB.set(b, (shareB.get(b) ?? 0) + count / n);
    if (a === b) agreed += count;
  }
  const observed = agreed / n;
  let expected = 0;
  for (const [category, share] of shareA) expected += share * (shareB.get(category) ?? 0);
  if (expected >= 1 - 1e-12) {
    // Both gave one and the same category to everything: chance alone explains the agreement.
    return { items: n, observed, expected: 1, kappa: null, undefinedBecause: `both gave every item the same category (${cells[0].a}), so agreement by chance is 1`, table: cells };
  }
  return { items: n, observed, expected, kappa: (observed - expected) / (1 - expected), table: cells };
}

// Which mention gets which occurrence. Taking the best pair first can be wrong twice over: when a
// paragraph moves next to another mention of the same name, one mention's best occurrence may be
// the other's, and the other is then left with nothing. The assignment that maximizes the total
// score gives each its own. Mentions of one quote that compete for the same occurrences form a
// component; each component is solved exactly (Hungarian algorithm), or greedily when it is huge.

export interface Edge {
  row: number;
  col: number;
  weight: number;
  /** The caller's own reference, handed back with the edge. */
  id: number;
}

/** The largest component solved exactly (rows × columns); larger ones are assigned greedily. */
const EXACT_CELLS = 250_000;

/**
 * A matching of rows to columns, each used at most once, of maximal total weight (weights must be
 * positive). Returns, per row, the chosen edge or undefined.
 */
export function maxWeightMatching(rowCount: number, edges: readonly Edge[]): (Edge | undefined)[] {
  const chosen: (Edge | undefined)[] = new Array(rowCount);
  // Components: rows joined by the columns they share.
  const parent = Int32Array.from({ length: rowCount }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const firstRowOfCol = new Map<number, number>();
  for (const e of edges) {
    const other = firstRowOfCol.get(e.col);
    if (other === undefined) firstRowOfCol.set(e.col, e.row);
    else parent[find(e.row)] = find(other);
  }
  const components = new Map<number, Edge[]>();
  for (const e of edges) {
    const root = find(e.row);
    const list = components.get(root);
    if (list) list.push(e);
    else components.set(root, [e]);
  }
  for (const component of components.values()) {
    if (component.length === 1) {
      chosen[component[0].row] = component[0];
      continue;
    }
    const rows = [...new Set(component.map((e) => e.row))];
    const cols = [...new Set(component.map((e) => e.col))];
    const result = rows.length * (cols.length + rows.length) <= EXACT_CELLS ? hungarian(rows, cols, component) : greedy(component);
    for (const e of result) chosen[e.row] = e;
  }
  return chosen;
}

function greedy(edges: Edge[]): Edge[] {
  const sorted = [...edges].sort((a, b) => b.weight - a.weight || a.row - b.row || a.col - b.col);
  const rowsUsed = new Set<number>();
  const colsUsed = new Set<number>();
  const result: Edge[] = [];
  for (const e of sorted) {
    if (rowsUsed.has(e.row) || colsUsed.has(e.col)) continue;
    rowsUsed.add(e.row);
    colsUsed.add(e.col);
    result.push(e);
  }
  return result;
}

/**
 * The Hungarian algorithm (potentials, O(n² m)) on costs -weight, with a zero-cost dummy column per
 * row so that any row may stay unmatched.
 */
function hungarian(rows: number[], cols: number[], edges: Edge[]): Edge[] {
  const n = rows.length;
  const m = cols.length + n;
  const rowIndex = new Map(rows.map((r, i) => [r, i + 1]));
  const colIndex = new Map(cols.map((c, j) => [c, j + 1]));
  const cost = new Float64Array((n + 1) * (m + 1));
  const edgeAt = new Map<number, Edge>();
  for (const e of edges) {
    const i = rowIndex.get(e.row)!;
    const j = colIndex.get(e.col)!;
    const at = i * (m + 1) + j;
    if (-e.weight < cost[at]) {
      cost[at] = -e.weight;
      edgeAt.set(at, e);
    }
  }
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0 * (m + 1) + j] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const result: Edge[] = [];
  for (let j = 1; j <= m; j++) {
    if (p[j] === 0) continue;
    const e = edgeAt.get(p[j] * (m + 1) + j);
    if (e) result.push(e);
  }
  return result;
}

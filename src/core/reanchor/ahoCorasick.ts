// A multi-pattern automaton (Aho-Corasick) over UTF-16 code units: one pass over the text finds
// every occurrence of every pattern, however many patterns there are.

const NO_STATE = -1;

/**
 * Characters that occur in no pattern share symbol 0 and always lead back to the root, so the
 * alphabet of the automaton is only as large as the patterns' own characters.
 */
class Alphabet {
  readonly symbolOf = new Uint16Array(65536);
  size = 1;
  add(code: number): number {
    let symbol = this.symbolOf[code];
    if (symbol === 0) {
      symbol = this.size++;
      this.symbolOf[code] = symbol;
    }
    return symbol;
  }
}

export class AhoCorasick {
  private readonly symbolOf: Uint16Array;
  private readonly rootNext: Int32Array;
  /** Per state, its outgoing edges as a slice [edgeStart[s], edgeStart[s + 1]) of the edge arrays. */
  private readonly edgeStart: Int32Array;
  private readonly edgeSymbol: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** The pattern that ends exactly at this state, or -1. */
  private readonly pattern: Int32Array;
  /** The nearest state on the failure chain (this one included) where a pattern ends, or -1. */
  private readonly outputLink: Int32Array;
  readonly patternLengths: Int32Array;
  readonly stateCount: number;

  constructor(patterns: readonly string[]) {
    const alphabet = new Alphabet();
    // Build the trie with a map per state; it is compiled into flat arrays below.
    const children: Map<number, number>[] = [new Map()];
    const terminal: number[] = [NO_STATE];
    this.patternLengths = new Int32Array(patterns.length);
    patterns.forEach((p, index) => {
      this.patternLengths[index] = p.length;
      if (p.length === 0) return;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const symbol = alphabet.add(p.charCodeAt(i));
        let next = children[s].get(symbol);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          terminal.push(NO_STATE);
          children[s].set(symbol, next);
        }
        s = next;
      }
      // Two equal patterns: the first one wins; callers merge duplicates before building.
      if (terminal[s] === NO_STATE) terminal[s] = index;
    });

    const count = children.length;
    this.stateCount = count;
    this.symbolOf = alphabet.symbolOf;
    this.fail = new Int32Array(count);
    this.pattern = Int32Array.from(terminal);
    this.outputLink = new Int32Array(count).fill(NO_STATE);
    this.rootNext = new Int32Array(alphabet.size);
    let edges = 0;
    for (const c of children) edges += c.size;
    this.edgeStart = new Int32Array(count + 1);
    this.edgeSymbol = new Uint16Array(edges);
    this.edgeTarget = new Int32Array(edges);
    let e = 0;
    for (let s = 0; s < count; s++) {
      this.edgeStart[s] = e;
      for (const [symbol, target] of [...children[s]].sort((a, b) => a[0] - b[0])) {
        this.edgeSymbol[e] = symbol;
        this.edgeTarget[e++] = target;
      }
    }
    this.edgeStart[count] = e;
    for (const [symbol, target] of children[0]) this.rootNext[symbol] = target;

    // Breadth-first: a state's failure link is the longest proper suffix that is also a trie path.
    const queue = new Int32Array(count);
    let head = 0;
    let tail = 0;
    for (const target of children[0].values()) queue[tail++] = target;
    while (head < tail) {
      const s = queue[head++];
      this.outputLink[s] = this.pattern[s] !== NO_STATE ? s : this.outputLink[this.fail[s]];
      for (const [symbol, target] of children[s]) {
        let f = this.fail[s];
        let next = this.step(f, symbol);
        while (next === NO_STATE && f !== 0) {
          f = this.fail[f];
          next = this.step(f, symbol);
        }
        this.fail[target] = next === NO_STATE || next === target ? 0 : next;
        queue[tail++] = target;
      }
    }
  }

  /** The state after reading `symbol` in `state`, without following failure links. */
  private step(state: number, symbol: number): number {
    if (state === 0) return this.rootNext[symbol] || NO_STATE;
    const end = this.edgeStart[state + 1];
    for (let e = this.edgeStart[state]; e < end; e++) {
      const found = this.edgeSymbol[e];
      if (found === symbol) return this.edgeTarget[e];
      if (found > symbol) break;
    }
    return NO_STATE;
  }

  /**
   * Calls `onMatch(patternIndex, end)` for every occurrence of every pattern in `text`, where `end`
   * is the exclusive end offset; the start is `end - patternLengths[patternIndex]`. Matches that end
   * at the same offset are reported longest first.
   */
  forEachMatch(text: string, onMatch: (pattern: number, end: number) => void): void {
    const { symbolOf, rootNext, fail, pattern, outputLink } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const symbol = symbolOf[text.charCodeAt(i)];
      if (symbol === 0) {
        state = 0;
        continue;
      }
      let next = state === 0 ? rootNext[symbol] || NO_STATE : this.step(state, symbol);
      while (next === NO_STATE && state !== 0) {
        state = fail[state];
        next = state === 0 ? rootNext[symbol] || NO_STATE : this.step(state, symbol);
      }
      state = next === NO_STATE ? 0 : next;
      for (let out = outputLink[state]; out !== NO_STATE; out = outputLink[fail[out]]) {
        onMatch(pattern[out], i + 1);
      }
    }
  }
}

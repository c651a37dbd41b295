// A multi-pattern automaton (Aho-Corasick) over UTF-16 code units: one pass over the text finds
// every occurrence of every pattern, however many patterns there are.
import { foldCodePoint, foldedUnitInfo, isWordCode, UNIT_EMPTY, UNIT_KIND, UNIT_SIMPLE, UNIT_SPACE, UNIT_SURROGATE, UNIT_WORD } from '../text/fold';

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

/** Matches found by `FoldedWordAutomaton.findAll`, in parallel arrays; valid until its next call. */
export interface WordMatches {
  count: number;
  pattern: Int32Array;
  /** UTF-16 offsets in the original text. */
  start: Int32Array;
  end: Int32Array;
}

// Two roots: at a word boundary a pattern may start; inside a word none may. Their ids are the
// symbols of the characters no pattern contains, so that such a character sets the state at once.
const ROOT_IN_WORD = 0;
const ROOT_AT_BOUNDARY = 1;
const SYMBOL_OTHER_WORD = ROOT_IN_WORD;
const SYMBOL_OTHER_SEPARATOR = ROOT_AT_BOUNDARY;
// What a code unit of the text reads as, besides a symbol: not looked at yet, a space (runs of
// spaces fold to one), or one that folds to nothing, to several units or is half a surrogate pair.
const MARK_UNKNOWN = -1;
const MARK_SPACE = -2;
const MARK_IRREGULAR = -3;
// Dense transition rows for the states nearest the roots, where scanning spends its time.
const DENSE_DEPTH = 3;
const DENSE_MAX_CELLS = 1 << 20;

/**
 * The aliases' automaton as the recognizer uses it: patterns are folded (`foldString`); the text is
 * the original, folded while it is read (no folded copy, no offset map); only whole-word matches are
 * reported, with their offsets in the original text. The result is the same as running
 * `AhoCorasick` over `foldText(text).text`, keeping the matches that neither start nor end inside a
 * word, and mapping them back through `origin`.
 *
 * Whole words are built into the automaton: a pattern can only start after a separator, and a
 * failure link only falls back to a suffix that starts after one. Inside an unknown word the
 * automaton rests in a root and does no work.
 */
export class FoldedWordAutomaton {
  readonly patternLengths: Int32Array;
  readonly stateCount: number;
  /** Per code unit of the text: its symbol, or a MARK_*; filled as units are met. */
  private readonly symbolOfCode = new Int32Array(65536).fill(MARK_UNKNOWN);
  /** Per folded unit: its symbol, or 0 when no pattern contains it. */
  private readonly symbolOfUnit = new Int32Array(65536);
  private readonly spaceSymbol: number;
  private readonly stride: number;
  // While scanning, a state is a number from which its transitions are found at once. The states
  // nearest the roots, where scanning spends its time, have a full row in `dense` and are the row's
  // offset; rows below `outputLow` end no pattern. The others are `sparseBase` plus twice the
  // offset of their record in `sparse` (failure link, edge count, index, then symbol and target
  // pairs), plus 1 when they end a pattern; their records are laid out depth first, so that reading
  // on along a name stays in one stretch of memory. ROOT_IN_WORD is 0, ROOT_AT_BOUNDARY `stride`.
  private readonly denseCount: number;
  private readonly denseCells: number;
  private readonly dense: Int32Array;
  private readonly outputLow: number;
  private readonly sparseBase: number;
  private readonly sparse: Int32Array;
  /** Per code unit of the text: 1 when it folds to one word unit, which keeps a word going. */
  private readonly wordCode = new Uint8Array(65536);
  // By state index: the first state on the failure chain (this one included) that ends a pattern,
  // or -1; the pattern that ends exactly there, or -1; and from a state that ends a pattern, the
  // next one on its failure chain that does, or -1.
  private readonly outputLink: Int32Array;
  private readonly terminal: Int32Array;
  private readonly nextOutput: Int32Array;
  // Scratch for one scan: folded ranges whose offsets do not follow the original one to one.
  private logStart = new Int32Array(64);
  private logEnd = new Int32Array(64);
  private logOrigin = new Int32Array(64);
  private logShift = new Int32Array(64);
  private logCount = 0;
  private readonly matches: WordMatches = { count: 0, pattern: new Int32Array(256), start: new Int32Array(256), end: new Int32Array(256) };
  private state = 0;
  private shift = 0;
  /** Where the last surrogate pair ended: the unit before is its second half, not a space. */
  private pairEnd = -1;

  constructor(patterns: readonly string[]) {
    // The alphabet: symbols 0 and 1 stand for every other word and separator unit.
    const symbolOfUnit = this.symbolOfUnit;
    const separator: number[] = [0, 1];
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const unit = p.charCodeAt(i);
        if (symbolOfUnit[unit] === 0) {
          symbolOfUnit[unit] = separator.length;
          separator.push(isWordCode(unit) ? 0 : 1);
        }
      }
    }
    const stride = separator.length;
    this.stride = stride;
    this.spaceSymbol = symbolOfUnit[0x20] || SYMBOL_OTHER_SEPARATOR;

    // The trie. Node 0 is the root at a boundary; the root inside a word gets the last id.
    this.patternLengths = new Int32Array(patterns.length);
    const edges = new Map<number, number>();
    const terminalOf: number[] = [-1];
    const depthOf: number[] = [0];
    const edgeFrom: number[] = [];
    const edgeSym: number[] = [];
    const edgeTo: number[] = [];
    patterns.forEach((p, index) => {
      this.patternLengths[index] = p.length;
      if (p.length === 0) return;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const symbol = symbolOfUnit[p.charCodeAt(i)];
        const key = s * stride + symbol;
        let next = edges.get(key);
        if (next === undefined) {
          next = terminalOf.length;
          terminalOf.push(-1);
          depthOf.push(depthOf[s] + 1);
          edges.set(key, next);
          edgeFrom.push(s);
          edgeSym.push(symbol);
          edgeTo.push(next);
        }
        s = next;
      }
      // Two equal patterns: the first one wins; callers merge duplicates before building.
      if (terminalOf[s] < 0) terminalOf[s] = index;
    });
    const trieCount = terminalOf.length;
    const inWord = trieCount;
    const count = trieCount + 1;
    this.stateCount = count;

    // Children per node, by symbol.
    const childStart = new Int32Array(count + 1);
    for (const from of edgeFrom) childStart[from + 1]++;
    for (let s = 0; s < count; s++) childStart[s + 1] += childStart[s];
    const order = Array.from(edgeFrom.keys()).sort((a, b) => edgeFrom[a] - edgeFrom[b] || edgeSym[a] - edgeSym[b]);
    const childSymbol = new Int32Array(order.length);
    const childTarget = new Int32Array(order.length);
    order.forEach((e, k) => {
      childSymbol[k] = edgeSym[e];
      childTarget[k] = edgeTo[e];
    });
    const child = (s: number, symbol: number): number => {
      for (let e = childStart[s]; e < childStart[s + 1]; e++) {
        if (childSymbol[e] === symbol) return childTarget[e];
        if (childSymbol[e] > symbol) break;
      }
      return -1;
    };

    // Failure links, breadth first: the longest proper suffix that starts after a separator and is
    // a trie path; the empty suffix is the root at a boundary after a separator, else inside a word.
    const fail = new Int32Array(count);
    const outputLink = new Int32Array(count).fill(-1);
    const bfs = new Int32Array(count);
    const step = (s: number, symbol: number): number => {
      for (;;) {
        if (s !== inWord) {
          const next = child(s, symbol);
          if (next >= 0) return next;
        }
        if (s === 0 || s === inWord) return separator[symbol] ? 0 : inWord;
        s = fail[s];
      }
    };
    let head = 0;
    let tail = 0;
    bfs[tail++] = inWord;
    bfs[tail++] = 0;
    for (let e = childStart[0]; e < childStart[1]; e++) {
      const t = childTarget[e];
      fail[t] = separator[childSymbol[e]] ? 0 : inWord;
      bfs[tail++] = t;
    }
    head = 2;
    while (head < tail) {
      const s = bfs[head++];
      outputLink[s] = terminalOf[s] >= 0 ? s : outputLink[fail[s]];
      for (let e = childStart[s]; e < childStart[s + 1]; e++) {
        const t = childTarget[e];
        fail[t] = step(fail[s], childSymbol[e]);
        bfs[tail++] = t;
      }
    }

    // Dense states: the two roots and a breadth-first prefix of the rest, so that a dense state's
    // failure link is dense too; those without output first.
    let denseLimit = 2;
    while (denseLimit < count && depthOf[bfs[denseLimit]] <= DENSE_DEPTH && (denseLimit + 1) * stride <= DENSE_MAX_CELLS) denseLimit++;
    const idOf = new Int32Array(count).fill(-1);
    let next = 0;
    idOf[inWord] = next++;
    idOf[0] = next++;
    for (let k = 2; k < denseLimit; k++) if (outputLink[bfs[k]] < 0) idOf[bfs[k]] = next++;
    const outputFrom = next;
    for (let k = 2; k < denseLimit; k++) if (outputLink[bfs[k]] >= 0) idOf[bfs[k]] = next++;
    const denseCount = next;
    const denseCells = denseCount * stride;
    const sparseBase = denseCells + (denseCells & 1);
    // Sparse states, depth first from the root.
    const recordOf = new Int32Array(count).fill(-1);
    let recordSize = 0;
    const stack = [0];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (idOf[s] < 0) {
        idOf[s] = next++;
        recordOf[s] = recordSize;
        recordSize += 3 + 2 * (childStart[s + 1] - childStart[s]);
      }
      for (let e = childStart[s + 1] - 1; e >= childStart[s]; e--) stack.push(childTarget[e]);
    }
    const valueOf = (s: number): number => {
      const id = idOf[s];
      if (id < denseCount) return id * stride;
      return sparseBase + 2 * recordOf[s] + (outputLink[s] >= 0 ? 1 : 0);
    };
    this.denseCount = denseCount;
    this.denseCells = denseCells;
    this.outputLow = outputFrom * stride;
    this.sparseBase = sparseBase;

    // Dense rows, breadth first: a row is its failure state's row with its own children over it.
    const dense = new Int32Array(denseCells);
    for (let symbol = 0; symbol < stride; symbol++) {
      const target = separator[symbol] ? ROOT_AT_BOUNDARY * stride : ROOT_IN_WORD;
      dense[ROOT_IN_WORD * stride + symbol] = target;
      dense[ROOT_AT_BOUNDARY * stride + symbol] = target;
    }
    for (let k = 1; k < denseLimit; k++) {
      const s = bfs[k];
      const row = valueOf(s);
      if (s !== 0) dense.copyWithin(row, valueOf(fail[s]), valueOf(fail[s]) + stride);
      for (let e = childStart[s]; e < childStart[s + 1]; e++) dense[row + childSymbol[e]] = valueOf(childTarget[e]);
    }
    this.dense = dense;

    const sparse = new Int32Array(recordSize);
    for (let s = 0; s < trieCount; s++) {
      const at = recordOf[s];
      if (at < 0) continue;
      sparse[at] = valueOf(fail[s]);
      sparse[at + 1] = childStart[s + 1] - childStart[s];
      sparse[at + 2] = idOf[s];
      for (let e = childStart[s], k = at + 3; e < childStart[s + 1]; e++, k += 2) {
        sparse[k] = childSymbol[e];
        sparse[k + 1] = valueOf(childTarget[e]);
      }
    }
    this.sparse = sparse;

    this.outputLink = new Int32Array(count);
    this.terminal = new Int32Array(count);
    this.nextOutput = new Int32Array(count);
    for (let s = 0; s < count; s++) {
      const id = idOf[s];
      this.outputLink[id] = outputLink[s] >= 0 ? idOf[outputLink[s]] : -1;
      this.terminal[id] = s === inWord ? -1 : terminalOf[s];
      this.nextOutput[id] = s === 0 || s === inWord || outputLink[fail[s]] < 0 ? -1 : idOf[outputLink[fail[s]]];
    }
  }

  /** Every whole-word occurrence of every pattern in `text`, by end, longest first at the same end. */
  findAll(text: string): WordMatches {
    const { symbolOfCode, wordCode, dense, denseCells, stride, outputLow } = this;
    const n = text.length;
    this.matches.count = 0;
    this.logCount = 0;
    this.pairEnd = -1;
    let state = ROOT_AT_BOUNDARY * stride;
    // Original offset minus folded offset, for the units read one to one.
    let shift = 0;
    for (let i = 0; i < n; i++) {
      let symbol = symbolOfCode[text.charCodeAt(i)];
      if (symbol < 2) {
        if (symbol === SYMBOL_OTHER_WORD) {
          state = ROOT_IN_WORD;
          // The rest of a word that no pattern starts: nothing to do until it ends.
          while (i + 1 < n && wordCode[text.charCodeAt(i + 1)] === 1) i++;
          continue;
        }
        if (symbol === SYMBOL_OTHER_SEPARATOR) {
          state = ROOT_AT_BOUNDARY * stride;
          continue;
        }
        if (symbol === MARK_SPACE) {
          if (i > 0 && symbolOfCode[text.charCodeAt(i - 1)] === MARK_SPACE && this.pairEnd !== i) {
            // A run of spaces folds to its first one.
            this.log(i - shift, i - shift, 0, shift + 1);
            shift++;
            continue;
          }
          symbol = this.spaceSymbol;
          if (symbol < 2) {
            state = ROOT_AT_BOUNDARY * stride;
            continue;
          }
        } else {
          if (symbol === MARK_UNKNOWN) this.learn(text.charCodeAt(i));
          else {
            // Folds to nothing, to several units, or starts a surrogate pair.
            this.state = state;
            this.shift = shift;
            i = this.readIrregular(text, i);
            state = this.state;
            shift = this.shift;
          }
          // Read the unit again, now that it is known, or go on after the irregular one.
          i--;
          continue;
        }
      }
      state = state < denseCells ? dense[state + symbol] : this.sparseStep(state, symbol);
      if (state === ROOT_IN_WORD) {
        while (i + 1 < n && wordCode[text.charCodeAt(i + 1)] === 1) i++;
      } else if (state >= outputLow && (state < denseCells || (state & 1) === 1)) {
        // A word going on after it is the common case: no need to look further.
        if (i + 1 === n || wordCode[text.charCodeAt(i + 1)] === 0) this.reportAt(text, state, i + 1, i + 1 - shift);
      }
    }
    return this.matches;
  }

  /**
   * Reads the code point at `at` that does not fold to one unit of its own, unit by unit, from and
   * into `state` and `shift`; returns the offset after it.
   */
  private readIrregular(text: string, at: number): number {
    const { dense, denseCells, stride, outputLow } = this;
    const code = text.charCodeAt(at);
    const width = code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1;
    const folded = foldCodePoint(text.slice(at, at + width));
    const from = at - this.shift;
    const shiftAfter = at + width - from - folded.length;
    // Logged first, so that a match starting inside it maps back to this code point.
    this.log(from, from + folded.length, at, shiftAfter);
    let state = this.state;
    for (let k = 0; k < folded.length; k++) {
      const unit = folded.charCodeAt(k);
      const symbol = this.symbolOfUnit[unit] || (isWordCode(unit) ? SYMBOL_OTHER_WORD : SYMBOL_OTHER_SEPARATOR);
      state = symbol < 2 ? symbol * stride : state < denseCells ? dense[state + symbol] : this.sparseStep(state, symbol);
      if (state >= outputLow && (state < denseCells || (state & 1) === 1)) {
        if (k + 1 < folded.length) {
          // The match ends inside this code point's units.
          if (!isWordCode(folded.charCodeAt(k + 1))) this.report(state, from + k + 1, at);
        } else this.reportAt(text, state, at + width, from + k + 1);
      }
    }
    this.state = state;
    this.shift = shiftAfter;
    if (width === 2) this.pairEnd = at + 2;
    return at + width;
  }

  /**
   * Reports the patterns ending in `state` at folded offset `end`, unless a word goes on there. The
   * folded unit after them comes from the first code point at or after `next` that folds to
   * something; where it starts is where the match ends in the original.
   */
  private reportAt(text: string, state: number, next: number, end: number): void {
    const n = text.length;
    while (next < n) {
      const code = text.charCodeAt(next);
      const info = foldedUnitInfo(code);
      const kind = info & UNIT_KIND;
      if (kind === UNIT_EMPTY) {
        next++;
        continue;
      }
      if (kind === UNIT_SURROGATE) {
        const width = code <= 0xdbff && next + 1 < n ? 2 : 1;
        const folded = foldCodePoint(text.slice(next, next + width));
        if (folded.length === 0) {
          next += width;
          continue;
        }
        if (folded === ' ' || !isWordCode(folded.charCodeAt(0))) this.report(state, end, next);
        return;
      }
      // A space right after a match is never folded away: no pattern ends with a space.
      if ((info & UNIT_WORD) === 0) this.report(state, end, next);
      return;
    }
    this.report(state, end, n);
  }

  /** Records the patterns that end in `state`, at folded offset `end` and original offset `to`. */
  private report(state: number, end: number, to: number): void {
    const matches = this.matches;
    const index = state < this.denseCells ? state / this.stride : this.sparse[((state - this.sparseBase) >> 1) + 2];
    for (let s = this.outputLink[index]; s >= 0; s = this.nextOutput[s]) {
      const pattern = this.terminal[s];
      const from = this.originOf(end - this.patternLengths[pattern]);
      if (matches.count === matches.pattern.length) this.growMatches();
      matches.pattern[matches.count] = pattern;
      matches.start[matches.count] = from;
      matches.end[matches.count] = to;
      matches.count++;
    }
  }

  private learn(code: number): void {
    const info = foldedUnitInfo(code);
    const kind = info & UNIT_KIND;
    if (kind === UNIT_SIMPLE && info & UNIT_WORD) this.wordCode[code] = 1;
    this.symbolOfCode[code] =
      kind === UNIT_SIMPLE
        ? this.symbolOfUnit[info & 0xffff] || (info & UNIT_WORD ? SYMBOL_OTHER_WORD : SYMBOL_OTHER_SEPARATOR)
        : kind === UNIT_SPACE
          ? MARK_SPACE
          : MARK_IRREGULAR;
  }

  private sparseStep(state: number, symbol: number): number {
    const { denseCells, sparseBase, sparse } = this;
    while (state >= denseCells) {
      const at = (state - sparseBase) >> 1;
      const end = at + 3 + 2 * sparse[at + 1];
      for (let e = at + 3; e < end; e += 2) {
        const found = sparse[e];
        if (found === symbol) return sparse[e + 1];
        if (found > symbol) break;
      }
      state = sparse[at];
    }
    return this.dense[state + symbol];
  }

  /** The original offset of folded unit `unit`. */
  private originOf(unit: number): number {
    let k = this.logCount - 1;
    while (k >= 0 && this.logStart[k] > unit) k--;
    if (k < 0) return unit;
    return unit < this.logEnd[k] ? this.logOrigin[k] : unit + this.logShift[k];
  }

  /** Folded units [start, end) all come from `origin`; after them, original = folded + `shift`. */
  private log(start: number, end: number, origin: number, shift: number): void {
    if (this.logCount === this.logStart.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.logStart = grow(this.logStart);
      this.logEnd = grow(this.logEnd);
      this.logOrigin = grow(this.logOrigin);
      this.logShift = grow(this.logShift);
    }
    const k = this.logCount++;
    this.logStart[k] = start;
    this.logEnd[k] = end;
    this.logOrigin[k] = origin;
    this.logShift[k] = shift;
  }

  private growMatches(): void {
    const m = this.matches;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    m.pattern = grow(m.pattern);
    m.start = grow(m.start);
    m.end = grow(m.end);
  }
}

// The spans already given to mentions. Two mentions may share or overlap a span in the new text only
// when their old spans overlapped too (the same name annotated twice, a name inside a longer one):
// otherwise one span of text would stand for two mentions it never stood for.
import { partitionPoint } from '../text/binarySearch';

interface Claim {
  start: number;
  end: number;
  oldStart: number;
  oldEnd: number;
}

export class Claims {
  /** Sorted by start. */
  private readonly claims: Claim[] = [];
  private longest = 0;

  /** True when [start, end) may go to a mention that was at [oldStart, oldEnd). */
  isFree(start: number, end: number, oldStart: number, oldEnd: number): boolean {
    const { claims } = this;
    for (let i = this.firstStartingAtOrAfter(start - this.longest); i < claims.length && claims[i].start < end; i++) {
      const c = claims[i];
      if (c.end > start && !(c.oldStart < oldEnd && oldStart < c.oldEnd)) return false;
    }
    return true;
  }

  add(start: number, end: number, oldStart: number, oldEnd: number): void {
    const at = this.firstStartingAtOrAfter(start);
    this.claims.splice(at, 0, { start, end, oldStart, oldEnd });
    if (end - start > this.longest) this.longest = end - start;
  }

  private firstStartingAtOrAfter(offset: number): number {
    return partitionPoint(0, this.claims.length, (i) => this.claims[i].start < offset);
  }
}

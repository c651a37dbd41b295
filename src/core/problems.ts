// A problem found in a file a person wrote (a fact file, a knowledge base, an article): where it is
// and what is wrong, the one shape every reader reports in.

export interface Problem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** The last line (1-based) when the problem is a region of several lines, such as a merge conflict. */
  endLine?: number;
  /** The dotted path of the field, such as `entities[3].roles[0].start`; empty for the whole file. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Formats a problem the way compilers do, so terminals and editors can link to it. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

// What the command line's exit status says, for scripts. The help (./help.ts) and the README list the same.

export const EXIT = {
  /** Done: everything was read, and everything written. */
  complete: 0,
  /** Done, with problems on stderr: the output is written but incomplete (a fact file or a mention left out, knowledge-base entries left out). */
  incomplete: 1,
  /** The command line is wrong: nothing was done. */
  usage: 2,
  /** An input or the output was refused, or could not be read or written: nothing was written. */
  failed: 3,
} as const;

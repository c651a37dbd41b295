// Everything the command line says on stderr goes through here: one line per message, with the
// characters that could act on a terminal (escape sequences, carriage returns, bidirectional
// overrides) in file names and quotes written as escapes.
import { formatProblem, type Problem } from '../core/problems';
import { escapeUnsafeCharacters } from '../core/text/printable';

/** Writes one message line to stderr, its unsafe characters escaped. */
export function say(message: string): void {
  process.stderr.write(`${escapeUnsafeCharacters(message)}\n`);
}

/** `news-annotator: message`. */
export function sayError(message: string): void {
  say(`news-annotator: ${message}`);
}

export function sayProblem(problem: Problem): void {
  say(formatProblem(problem));
}

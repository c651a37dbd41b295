// news-annotator: the command line over the same core the extension uses.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatProblem, type Problem } from '../core/knowledgeBase/loadFile';
import { Recognizer } from '../core/recognizer/recognizer';
import type { Mention } from '../core/recognizer/mention';
import { DEFAULT_KNOWLEDGE_BASE_FILE, withWorkspaceFile } from '../core/workspaceKnowledgeBase';
import { decodeText, nulCharactersProblem, stripByteOrderMark } from '../core/text/articleText';
import { EXPORT_HELP, EXPORT_SYNOPSIS, exportCommand } from './exportCommand';

const USAGE = `Usage:
  news-annotator recognize FILE [--json] [--kb KNOWLEDGE_BASE.yaml] [--year YYYY] [--no-candidates]
  ${EXPORT_SYNOPSIS}

Commands:
  recognize   Print the people, organizations, places, events, dates and candidate names found in FILE.
              --json            a JSON array of {start, end, text, type, id?, name?, iso?}; offsets count UTF-16 code units
              --kb FILE         a workspace knowledge base to add (default: the nearest ${DEFAULT_KNOWLEDGE_BASE_FILE})
              --year YYYY       the year of dates written without one (default: the article's dateline year)
              --no-candidates   only what the knowledge base knows
              FILE must be UTF-8 text (a leading byte-order mark is dropped, as editors do);
              a file that is not is an error that names the byte offset of the first bad byte.
${EXPORT_HELP}`;

class UsageError extends Error {}

interface Args {
  command: string;
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[]): Args {
  const [command = '', ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const takesValue = new Set(['--kb', '--year']);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg.startsWith('--')) {
      if (takesValue.has(arg)) {
        const value = rest[++i];
        if (value === undefined) throw new UsageError(`${arg} needs a value`);
        flags.set(arg, value);
      } else flags.set(arg, true);
    } else positional.push(arg);
  }
  return { command, positional, flags };
}

/** The nearest `.news-annotator/knowledge-base.yaml` in the file's folder or above it. */
function findWorkspaceKnowledgeBase(file: string): string | undefined {
  for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
    const candidate = join(dir, DEFAULT_KNOWLEDGE_BASE_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Control characters (a NUL, an escape) shown as \\xNN in the table, so that they cannot act on the terminal. */
function printable(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** Writes `chunk` to stdout, waiting when the pipe is full so that a large output is not all held in memory. */
function write(chunk: string): Promise<void> {
  return new Promise((done, fail) => {
    const onError = (error: Error) => fail(error);
    process.stdout.once('error', onError);
    const finish = () => {
      process.stdout.off('error', onError);
      done();
    };
    if (process.stdout.write(chunk)) finish();
    else process.stdout.once('drain', finish);
  });
}

const CHUNK = 1 << 16;

/** The mentions as a table, column widths from the widest cell (at most 48), written as it goes. */
async function printTable(mentions: readonly Mention[]): Promise<void> {
  const rows = mentions.map((m) => [`${m.start}-${m.end}`, m.type, printable(m.text), m.iso ?? m.id ?? (m.role ? `(${m.role})` : '')]);
  // A loop, not Math.max(...cells): a spread of a million arguments overflows the stack.
  const widths = [0, 0, 0];
  for (const row of rows) for (let c = 0; c < 3; c++) widths[c] = Math.min(48, Math.max(widths[c], row[c].length));
  let buffer = '';
  for (const row of rows) {
    buffer += `${row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]) : cell)).join('  ')}\n`;
    if (buffer.length >= CHUNK) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(rows.length === 0 ? `${buffer}\n` : buffer);
}

/** The same text as JSON.stringify(mentions, null, 2), written a piece at a time. */
async function printJson(mentions: readonly Mention[]): Promise<void> {
  if (mentions.length === 0) {
    await write('[]\n');
    return;
  }
  let buffer = '[\n';
  for (let i = 0; i < mentions.length; i++) {
    const { start, end, text, type, id, name, iso } = mentions[i];
    // Indented by splitting at \n only: JSON leaves U+2028 and U+2029 raw inside strings.
    buffer += `${i > 0 ? ',\n' : ''}  ${JSON.stringify({ start, end, text, type, id, name, iso }, null, 2).split('\n').join('\n  ')}`;
    if (buffer.length >= CHUNK) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(`${buffer}\n]\n`);
}

/** Articles are rarely over a megabyte; past this size the CLI says that it will take a while. */
export const LARGE_ARTICLE_BYTES = 10 * 1024 * 1024;

/** A file's text, or the problem that kept it from being read; never throws. */
function readTextFile(file: string): { text: string } | { problem: Problem } {
  const at = (message: string): { problem: Problem } => ({ problem: { file, line: 1, column: 1, field: '', message, severity: 'error' } });
  try {
    if (statSync(file).isDirectory()) return at('is a folder, not a file');
    const decoded = decodeText(readFileSync(file), file);
    return decoded.ok ? { text: decoded.text } : { problem: decoded.problem };
  } catch (error) {
    return at(`cannot be read: ${(error as Error).message}`);
  }
}

async function recognize(args: Args): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError('recognize needs a FILE');
  if (!existsSync(file)) {
    process.stderr.write(`news-annotator: ${file}: no such file\n`);
    return 1;
  }
  const kbFlag = args.flags.get('--kb');
  const kbFile = typeof kbFlag === 'string' ? kbFlag : findWorkspaceKnowledgeBase(file);
  if (typeof kbFlag === 'string' && !existsSync(kbFlag)) {
    process.stderr.write(`news-annotator: ${kbFlag}: no such file\n`);
    return 1;
  }
  const problems: Problem[] = [];
  let kbText: string | undefined;
  if (kbFile) {
    const read = readTextFile(kbFile);
    if ('text' in read) kbText = read.text;
    else problems.push(read.problem);
  }
  const resolved = withWorkspaceFile(kbText, kbFile ?? '');
  const { knowledgeBase } = resolved;
  problems.push(...resolved.problems);
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);

  const yearFlag = args.flags.get('--year');
  let referenceYear: number | undefined;
  if (yearFlag !== undefined) {
    referenceYear = Number(yearFlag);
    if (!/^\d{4}$/.test(String(yearFlag))) throw new UsageError('--year takes a four-digit year');
  }
  const read = readTextFile(file);
  if ('problem' in read) {
    // Replacement characters in place of the bad bytes would shift every offset after them.
    process.stderr.write(`${formatProblem(read.problem)}\n`);
    return 1;
  }
  const text = stripByteOrderMark(read.text);
  const notes: Problem[] = [];
  const bytes = Buffer.byteLength(read.text, 'utf8');
  if (bytes > LARGE_ARTICLE_BYTES) {
    notes.push({ file, line: 1, column: 1, field: '', message: `${(bytes / 1024 / 1024).toFixed(1)} MB is far more than a news article; recognizing it takes a while`, severity: 'warning' });
  }
  if (text.trim() === '') notes.push({ file, line: 1, column: 1, field: '', message: 'the file is empty: there is nothing to recognize', severity: 'warning' });
  const nul = nulCharactersProblem(text, file);
  if (nul) notes.push(nul);
  for (const p of notes) process.stderr.write(`${formatProblem(p)}\n`);

  const mentions = new Recognizer(knowledgeBase).recognize(text, { referenceYear, candidates: !args.flags.has('--no-candidates') });
  if (args.flags.has('--json')) await printJson(mentions);
  else await printTable(mentions);
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const [command = ''] = argv;
    // export parses its own options.
    if (command === 'export') return await exportCommand(argv.slice(1));
    const args = parseArgs(argv);
    switch (args.command) {
      case 'recognize':
        return await recognize(args);
      case '':
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return args.command === '' ? 2 : 0;
      default:
        throw new UsageError(`unknown command: ${args.command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`news-annotator: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`news-annotator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

// news-annotator: the command line over the same core the extension uses.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Problem } from '../core/problems';
import { Recognizer } from '../core/recognizer/recognizer';
import type { Mention } from '../core/recognizer/mention';
import { escapeUnsafeCharacters } from '../core/text/printable';
import { DEFAULT_KNOWLEDGE_BASE_FILE } from '../core/knowledgeBase/workspaceFile';
import { decodeText, nulCharactersProblem, stripByteOrderMark } from '../core/text/articleText';
import { type CommandSpec, parseCommand, UsageError } from './args';
import { EXIT } from './exitCodes';
import { exportCommand } from './exportCommand';
import { RECOGNIZE_USAGE, EXPORT_USAGE, MERGE_FACTS_USAGE, USAGE, usageHint } from './help';
import { formatSize, ARTICLE_LIMIT, readInputFile } from './inputFiles';
import { loadKnowledgeBase, problemAt, readKnowledgeBaseFile } from './knowledgeBase';
import { mergeFactsCommand } from './mergeFactsCommand';
import { say, sayError, sayProblem } from './messages';

const RECOGNIZE: CommandSpec = {
  name: 'recognize',
  flags: { '--json': 'switch', '--kb': 'value', '--year': 'value', '--no-candidates': 'switch' },
  operands: ['a FILE'],
};

/** The nearest `.news-annotator/knowledge-base.yaml` in the file's folder or above it. */
function findWorkspaceKnowledgeBase(file: string): string | undefined {
  for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
    const candidate = join(dir, DEFAULT_KNOWLEDGE_BASE_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A cell of the table: whitespace runs as one space, and nothing that could act on the terminal. */
function printable(text: string): string {
  return escapeUnsafeCharacters(text.replace(/\s+/g, ' '));
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
  const rows = mentions.map((m) => [`${m.start}-${m.end}`, m.type, printable(m.text), printable(m.iso ?? m.id ?? (m.role ? `(${m.role})` : ''))]);
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
    const { start, end, text, type, id, name, iso, approximate } = mentions[i];
    // Indented by splitting at \n only: JSON leaves U+2028 and U+2029 raw inside strings.
    buffer += `${i > 0 ? ',\n' : ''}  ${JSON.stringify({ start, end, text, type, id, name, iso, approximate }, null, 2).split('\n').join('\n  ')}`;
    if (buffer.length >= CHUNK) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(`${buffer}\n]\n`);
}

/** Articles are rarely over a megabyte; past this size the CLI says that it will take a while. */
export const LARGE_ARTICLE_BYTES = 10 * 1024 * 1024;

/** The article's text, or the problem that kept it from being read; undefined when there is no such file. */
function readArticle(file: string): { text: string } | { problem: Problem } | undefined {
  const read = readInputFile(file, ARTICLE_LIMIT);
  if (!read.ok) return read.missing ? undefined : { problem: problemAt(file, read.reason) };
  const decoded = decodeText(read.bytes, file);
  return decoded.ok ? { text: decoded.text } : { problem: decoded.problem };
}

async function recognize(argv: readonly string[]): Promise<number> {
  const args = parseCommand(argv, RECOGNIZE);
  if (args.help) {
    process.stdout.write(RECOGNIZE_USAGE);
    return EXIT.complete;
  }
  const [file] = args.operands;
  const yearFlag = args.values.get('--year');
  if (yearFlag !== undefined && !/^\d{4}$/.test(yearFlag)) throw new UsageError('--year takes a four-digit year');
  const referenceYear = yearFlag === undefined ? undefined : Number(yearFlag);

  const read = readArticle(file);
  if (read === undefined) {
    sayError(`${file}: no such file`);
    return EXIT.failed;
  }
  if ('problem' in read) {
    // Replacement characters in place of bad bytes would shift every offset after them.
    sayProblem(read.problem);
    return EXIT.failed;
  }
  const nearest = findWorkspaceKnowledgeBase(file);
  const kb = await loadKnowledgeBase(args.values.get('--kb'), nearest === undefined ? undefined : { file: nearest, read: () => readKnowledgeBaseFile(nearest) });
  if (!kb) return EXIT.failed;
  const { knowledgeBase, problems } = kb;

  const text = stripByteOrderMark(read.text);
  const notes: Problem[] = [];
  const bytes = Buffer.byteLength(read.text, 'utf8');
  if (bytes > LARGE_ARTICLE_BYTES) {
    notes.push({ file, line: 1, column: 1, field: '', message: `${formatSize(bytes)} is far more than a news article; recognizing it takes a while`, severity: 'warning' });
  }
  if (text.trim() === '') notes.push({ file, line: 1, column: 1, field: '', message: 'the file is empty: there is nothing to recognize', severity: 'warning' });
  const nul = nulCharactersProblem(text, file);
  if (nul) notes.push(nul);
  for (const p of notes) sayProblem(p);

  const mentions = new Recognizer(knowledgeBase).recognize(text, { referenceYear, candidates: !args.switches.has('--no-candidates') });
  if (args.switches.has('--json')) await printJson(mentions);
  else await printTable(mentions);
  return problems.some((p) => p.severity === 'error') ? EXIT.incomplete : EXIT.complete;
}

const TOPICS: Record<string, string> = { recognize: RECOGNIZE_USAGE, export: EXPORT_USAGE, 'merge-facts': MERGE_FACTS_USAGE };

/** `help`, `help recognize`, `help export`, `help merge-facts`. */
function help(topic: string | undefined): number {
  const text = topic === undefined ? USAGE : Object.hasOwn(TOPICS, topic) ? TOPICS[topic] : undefined;
  if (text === undefined) throw new UsageError(`unknown command: ${topic}`);
  process.stdout.write(text);
  return EXIT.complete;
}

export async function main(argv: string[]): Promise<number> {
  const [command = '', ...rest] = argv;
  try {
    switch (command) {
      case 'recognize':
        return await recognize(rest);
      case 'export':
        return await exportCommand(rest);
      case 'merge-facts':
        return mergeFactsCommand(rest);
      case 'help':
      case '--help':
      case '-h':
        return help(rest[0]);
      case '':
        throw new UsageError('which command? recognize, export or merge-facts');
      default:
        throw new UsageError(`unknown command: ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      sayError(error.message);
      process.stderr.write(usageHint(command));
      return EXIT.usage;
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
      const text = `news-annotator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
      for (const line of text.split('\n')) say(line);
      process.exitCode = EXIT.failed;
    },
  );
}

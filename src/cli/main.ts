// news-annotator: the command line over the same core the extension uses.
import { dirname, resolve } from 'node:path';
import type { Problem } from '../core/problems';
import { Recognizer } from '../core/recognizer/recognizer';
import { decodeText, nulCharactersProblem, stripByteOrderMark } from '../core/text/articleText';
import { type CommandSpec, parseCommand, UsageError } from './args';
import { EXIT } from './exitCodes';
import { formatSize, ARTICLE_LIMIT, readInputFile } from './inputFiles';
import { loadKnowledgeBase, nearestKnowledgeBaseFile, problemAt, readKnowledgeBaseFile } from './knowledgeBase';
import { say, sayError, sayProblem } from './messages';
import { recognizeInParts } from './parallelRecognize';
import { type MentionFormat, printMentions } from './printMentions';

const RECOGNIZE: CommandSpec = {
  name: 'recognize',
  flags: { '--json': 'switch', '--jsonl': 'switch', '--kb': 'value', '--year': 'value', '--no-candidates': 'switch', '--threads': 'value' },
  operands: ['a FILE'],
};

/** Articles are rarely over a megabyte; past this size the CLI says that it will take a while. */
export const LARGE_ARTICLE_BYTES = 10 * 1024 * 1024;

/**
 * The article's text, its size in bytes and whether it holds a NUL character (a zero byte: no other
 * UTF-8 sequence has one, and looking in the bytes is a fraction of looking in the text); or the
 * problem that kept it from being read; undefined when there is no such file.
 */
function readArticle(file: string): { text: string; bytes: number; hasNul: boolean } | { problem: Problem } | undefined {
  const read = readInputFile(file, ARTICLE_LIMIT);
  if (!read.ok) return read.missing ? undefined : { problem: problemAt(file, read.reason) };
  const decoded = decodeText(read.bytes, file);
  return decoded.ok ? { text: decoded.text, bytes: read.bytes.length, hasNul: read.bytes.includes(0) } : { problem: decoded.problem };
}

async function recognize(argv: readonly string[]): Promise<number> {
  const args = parseCommand(argv, RECOGNIZE);
  if (args.help) {
    process.stdout.write((await import('./help')).RECOGNIZE_USAGE);
    return EXIT.complete;
  }
  const [file] = args.operands;
  const yearFlag = args.values.get('--year');
  if (yearFlag !== undefined && !/^\d{4}$/.test(yearFlag)) throw new UsageError('--year takes a four-digit year');
  const referenceYear = yearFlag === undefined ? undefined : Number(yearFlag);
  const threadsFlag = args.values.get('--threads');
  if (threadsFlag !== undefined && !/^[1-9]\d{0,2}$/.test(threadsFlag)) throw new UsageError('--threads takes a number of threads, 1 or more');
  const threads = threadsFlag === undefined ? undefined : Number(threadsFlag);
  if (args.switches.has('--json') && args.switches.has('--jsonl')) throw new UsageError('give --json or --jsonl, not both');
  const format: MentionFormat = args.switches.has('--jsonl') ? 'jsonl' : args.switches.has('--json') ? 'json' : 'table';

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
  const nearest = nearestKnowledgeBaseFile(dirname(resolve(file)));
  const kb = await loadKnowledgeBase(args.values.get('--kb'), nearest === undefined ? undefined : { file: nearest, read: () => readKnowledgeBaseFile(nearest) });
  if (!kb) return EXIT.failed;
  const { knowledgeBase, problems } = kb;

  const text = stripByteOrderMark(read.text);
  const notes: Problem[] = [];
  const { bytes } = read;
  if (bytes > LARGE_ARTICLE_BYTES) {
    notes.push({ file, line: 1, column: 1, field: '', message: `${formatSize(bytes)} is far more than a news article; recognizing it takes a while`, severity: 'warning' });
  }
  if (text.trim() === '') notes.push({ file, line: 1, column: 1, field: '', message: 'the file is empty: there is nothing to recognize', severity: 'warning' });
  const nul = read.hasNul ? nulCharactersProblem(text, file) : undefined;
  if (nul) notes.push(nul);
  for (const p of notes) sayProblem(p);

  const { mentions } = await recognizeInParts(text, { referenceYear, candidates: !args.switches.has('--no-candidates') }, () => new Recognizer(knowledgeBase), knowledgeBase, { threads });
  await printMentions(mentions, format);
  return problems.some((p) => p.severity === 'error') ? EXIT.incomplete : EXIT.complete;
}

/** `help`, `help recognize`, `help export`, `help import`, `help agree`, `help merge-facts`. */
async function help(topic: string | undefined): Promise<number> {
  const { AGREE_USAGE, RECOGNIZE_USAGE, EXPORT_USAGE, IMPORT_USAGE, MERGE_FACTS_USAGE, USAGE } = await import('./help');
  const topics: Record<string, string> = { recognize: RECOGNIZE_USAGE, export: EXPORT_USAGE, import: IMPORT_USAGE, agree: AGREE_USAGE, 'merge-facts': MERGE_FACTS_USAGE };
  const text = topic === undefined ? USAGE : Object.hasOwn(topics, topic) ? topics[topic] : undefined;
  if (text === undefined) throw new UsageError(`unknown command: ${topic}`);
  process.stdout.write(text);
  return EXIT.complete;
}

// The other commands and the help are loaded when they are asked for: each brings modules of its
// own (formats, YAML writers, git) that a process recognizing a file would only load and skim.
export async function main(argv: string[]): Promise<number> {
  const [command = '', ...rest] = argv;
  try {
    switch (command) {
      case 'recognize':
        return await recognize(rest);
      case 'export':
        return await (await import('./exportCommand')).exportCommand(rest);
      case 'import':
        return await (await import('./importCommand')).importCommand(rest);
      case 'agree':
        return await (await import('./agreeCommand')).agreeCommand(rest);
      case 'merge-facts':
        return (await import('./mergeFactsCommand')).mergeFactsCommand(rest);
      case 'help':
      case '--help':
      case '-h':
        return await help(rest[0]);
      case '':
        throw new UsageError('which command? recognize, export, import, agree or merge-facts');
      default:
        throw new UsageError(`unknown command: ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      sayError(error.message);
      process.stderr.write((await import('./help')).usageHint(command));
      return EXIT.usage;
    }
    throw error;
  }
}

/** Whether an error is the reader of our output gone (`| head` has what it wanted): not a failure. */
function readerGone(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

/** Runs the command the process was given, as `news-annotator` does; resolves when it is done. */
export function runCommandLine(): Promise<void> {
  // A reader that stops reading ends the output, as it does for any Unix tool: quietly.
  process.stdout.on('error', (error) => {
    if (!readerGone(error)) throw error;
    process.exit(EXIT.complete);
  });
  return main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (readerGone(error)) process.exit(EXIT.complete);
      const text = `news-annotator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
      for (const line of text.split('\n')) say(line);
      process.exitCode = EXIT.failed;
    },
  );
}

// Run as a script (the tests' compiled main.js, a bundle of main.ts alone); dist/cli.js calls runCommandLine itself.
if (require.main === module) void runCommandLine();

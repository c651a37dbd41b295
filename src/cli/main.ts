// news-annotator: the command line over the same core the extension uses.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatProblem } from '../core/knowledgeBase/loadFile';
import { Recognizer } from '../core/recognizer/recognizer';
import type { Mention } from '../core/recognizer/mention';
import { DEFAULT_KNOWLEDGE_BASE_FILE, withWorkspaceFile } from '../core/workspaceKnowledgeBase';
import { stripByteOrderMark } from '../core/text/articleText';
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

function printTable(mentions: Mention[]): string {
  const rows = mentions.map((m) => [`${m.start}-${m.end}`, m.type, m.text.replace(/\s+/g, ' '), m.iso ?? m.id ?? (m.role ? `(${m.role})` : '')]);
  const widths = [0, 1, 2].map((c) => Math.min(48, Math.max(...rows.map((r) => r[c].length), 0)));
  return rows.map((r) => r.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]) : cell)).join('  ')).join('\n');
}

function recognize(args: Args): number {
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
  const { knowledgeBase, problems } = withWorkspaceFile(kbFile ? readFileSync(kbFile, 'utf8') : undefined, kbFile ?? '');
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);

  const yearFlag = args.flags.get('--year');
  let referenceYear: number | undefined;
  if (yearFlag !== undefined) {
    referenceYear = Number(yearFlag);
    if (!/^\d{4}$/.test(String(yearFlag))) throw new UsageError('--year takes a four-digit year');
  }
  const text = stripByteOrderMark(readFileSync(file, 'utf8'));
  const mentions = new Recognizer(knowledgeBase).recognize(text, { referenceYear, candidates: !args.flags.has('--no-candidates') });
  if (args.flags.has('--json')) {
    const out = mentions.map(({ start, end, text, type, id, name, iso }) => ({ start, end, text, type, id, name, iso }));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(`${printTable(mentions)}\n`);
  }
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
        return recognize(args);
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

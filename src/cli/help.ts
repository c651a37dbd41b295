// The command line's help: each command's, and the whole. The README's "Command line" section
// says the same.
import { homedir } from 'node:os';
import { EXPORT_FORMATS } from '../core/export/index';
import { IMPORT_FORMATS } from '../core/import/formats/index';
import { DEFAULT_KNOWLEDGE_BASE_FILE } from '../core/knowledgeBase/workspaceFile';
import { defaultCacheFolder } from '../node/diskParseCache';
import { formatSize, ARTICLE_LIMIT, FACT_FILE_LIMIT, KNOWLEDGE_BASE_LIMIT } from './inputFiles';

export const RECOGNIZE_SYNOPSIS = 'news-annotator recognize FILE [--json | --jsonl] [--kb KNOWLEDGE_BASE.yaml] [--year YYYY] [--no-candidates] [--threads N]';

export const EXPORT_SYNOPSIS = `news-annotator export DIR --format ${EXPORT_FORMATS.join('|')} --out PATH [--kb KNOWLEDGE_BASE.yaml] [--cache DIR | --no-cache] [--shard I/N] [--force]`;

export const IMPORT_SYNOPSIS = `news-annotator import FORMAT PATH --into DIR [--dry-run] [--labels MAP.yaml] [--kb KNOWLEDGE_BASE.yaml] [--json]`;

export const AGREE_SYNOPSIS = 'news-annotator agree A B [--json]';
export const AGREE_REVISIONS_SYNOPSIS = 'news-annotator agree --rev REV1 REV2 [DIR] [--json]';

const AGREE_HELP = `  agree       Say how far two annotations of the same articles agree: the workspace folders A and B
              (two copies of one workspace), or with --rev the revisions REV1 and REV2 of the
              workspace in DIR (default: the current folder), read from its git repository.
              For each article both annotated, and in total: span F1 per type (exact and
              overlapping), entity links on overlapping spans, Cohen's κ over IOB2 tokens, and
              Krippendorff's α on attendance (per person and event) and roles (per person); then
              what the two disagree on, and the articles only one annotated.
              --json            the same as one JSON object (the README lists its fields)
              --rev             A and B are git revisions (a branch, tag or commit) of DIR
              Articles are paired by their path in the workspace. Where the two texts of an article
              differ, its facts are compared and its spans and tokens are not.
              Nothing is read but the files of A and B, as an export reads DIR (links that lead
              out are not followed); with --rev, only DIR's folder in the two commits, through
              git, never the working tree. A revision that names no commit is an error.
`;

export const MERGE_FACTS_SYNOPSIS = 'news-annotator merge-facts BASE OURS THEIRS [PATH]';

const MERGE_FACTS_HELP = `  merge-facts Merge two versions of a fact file (git's merge driver: merge-facts %O %A %B %P).
              Entries are matched by id (a "not an entity" mark by its span): what either side
              added is kept, what either side removed is removed, a change made on one side is
              taken. The result is written over OURS, as the extension writes fact files.
              Where both sides changed the same entry differently, it is written between
              <<<<<<< ours, ======= and >>>>>>> theirs lines, each such entry alone; the
              conflicts are printed, and the exit status is 1. A version that is not a fact
              file leaves OURS as it was (exit status 3). PATH names the file in messages.
`;

const RECOGNIZE_HELP = `  recognize   Print the people, organizations, places, events, dates and candidate names found in FILE.
              --json            a JSON array of {start, end, text, type, id?, name?, alternatives?, iso?,
                                role?, guess?, approximate?}, indented; offsets count UTF-16 code units
              --jsonl           the same objects as JSON Lines: one compact object per line, per
                                mention, for pipelines (U+2028 and U+2029 written as escapes)
              --kb FILE         a workspace knowledge base to add (default: the nearest ${DEFAULT_KNOWLEDGE_BASE_FILE})
              --year YYYY       the year of dates written without one (default: the article's dateline year)
              --no-candidates   only what the knowledge base knows
              --threads N       recognize a large FILE (8 MB and more) in parts on at most N threads
                                (default: the idle cores, the cores less the load average, less one)
              FILE must be UTF-8 text (a leading byte-order mark is dropped, as editors do);
              a file that is not is an error that names the byte offset of the first bad byte.
`;

const EXPORT_HELP = `  export      Write the annotations of the workspace DIR (every *.facts.yaml under it) as a dataset.
              --format jsonl    one JSON record per article: metadata, mentions, facts, entities
              --format csv      one row per fact, its kind (summit, attendance, role) in a column,
                                with the sentences of its evidence (RFC 4180, CRLF line ends)
              --format w3c      a W3C Web Annotation collection (JSON-LD); offsets count code points
              --format brat     a folder of brat standoff .txt/.ann files with annotation.conf;
                                facts as events on the mentions that are their evidence
              --format conll    CoNLL IOB2 tokens (PER, ORG, LOC, EVENT, DATE)
              --format label-studio
                                Label Studio tasks (JSON): a task per article, its mentions as
                                annotations labelled with their type, entity ids in each region's meta
              --format spacy    span JSON Lines as spaCy and Prodigy read them: a line per article,
                                {"text", "spans": [{"start", "end", "label", "kb_id"}], "meta"}
                                (kb_id: the entity id or the date); offsets count code points
              --out PATH        the file to write; for brat, the folder
              --kb FILE         the knowledge base to add (default: DIR/${DEFAULT_KNOWLEDGE_BASE_FILE} if there is one)
              --cache DIR       where parsed fact files are kept between runs, by a hash of their
                                bytes: those edited by hand (one as the editor wrote it is read
                                as fast as its entry) (default: ${defaultCacheFolder().replace(homedir(), '~')})
              --no-cache        parse every fact file, and keep nothing
              --shard I/N       only the I-th of N runs of DIR's fact files in path order, for
                                spreading an archive over processes or machines: the N outputs,
                                one after another, are the whole export (JSON Lines, CoNLL and
                                spaCy byte for byte; CSV with a header in each; W3C as N
                                collections; Label Studio as N arrays of tasks;
                                brat as the same files, each shard in a folder of its own)
              --force           replace PATH if it is an existing regular file (without it, an
                                existing PATH is an error)
              --strict          kept for old scripts; it changes nothing: an export that leaves
                                anything out always exits with 1
              PATH may be anywhere, in the workspace or outside it. It is never a fact file, an
              article or a knowledge base of DIR (the one --kb names, and DIR's own), nor a
              symbolic link, device, FIFO or socket, even with --force; for brat, an existing
              folder gets the new files and keeps its others.
              A fact file that cannot be used, or a mention whose text is no longer where it says,
              is reported and left out, and the rest is written (exit status 1). An article that
              two fact files claim is exported once, with the fact file named for it (else the
              first by path); the other is reported.
`;

const IMPORT_FORMAT_NAMES = Object.keys(IMPORT_FORMATS).join(', ');

const IMPORT_HELP = `  import      Add the annotations of PATH (a file, or a folder of them), made in another tool or
              exported by another workspace, to the fact files of the workspace DIR.
              FORMAT            ${IMPORT_FORMAT_NAMES} (jsonl: this project's own JSON Lines export)
              --into DIR        the workspace: its .txt files and the articles its fact files name
              --dry-run         compute and print the whole report, and write nothing
              --labels FILE     a YAML mapping of the source's labels to person, organization,
                                place, event or date, or to ignore (such as "NORP: ignore");
                                PER, ORG, LOC, GPE, DATE, EVENT and the like are read without one
              --kb FILE         the knowledge base to link with (default: DIR/${DEFAULT_KNOWLEDGE_BASE_FILE} if there is one)
              --json            the report as one JSON object
              Each document is matched to an article by its file name, else by its text (the
              same text, typography aside, or nearly the same); one that matches none, or two, is
              reported, never guessed. Each span is found in the article by its quote and context
              as the editor re-anchors mentions after an edit, so line ends, spaces and small
              differences do not matter; it is linked by this project's entity id, else a Wikidata
              id, else by the knowledge base's names for its quote among entities of its label's
              type (a date span by its value, else as the recognizer reads it at the article's
              date). A fact is kept when its evidence was. What a fact file holds stays: a mention
              already there is skipped, one at the same span as another entity is a disagreement,
              reported and not written; a fact file with a problem is not written. The report gives,
              per article and in total, the spans anchored, linked, written, already there,
              disagreeing and left out (and why), the documents not matched and the labels that
              stayed unmapped. Only PATH and DIR (and --labels, --kb) are read, as an export reads.
`;

const INPUTS_HELP = `Inputs:
  Only regular files are read: a folder, FIFO, device or socket given as a file is refused before
  it is read, and so is a file larger than ${formatSize(ARTICLE_LIMIT.bytes)} (an article), ${formatSize(FACT_FILE_LIMIT.bytes)} (a fact file) or
  ${formatSize(KNOWLEDGE_BASE_LIMIT.bytes)} (a knowledge base). An export reads nothing outside DIR but --kb: a fact file,
  article or knowledge base that is a symbolic link (or lies under one) leading outside DIR is
  not read, and is reported; links that stay inside DIR are followed; linked folders are not
  scanned for fact files, and one that leads outside DIR is reported (exit status 1).
`;

const EXIT_STATUS_HELP = `Exit status:
  0  done: every input was read and everything written (an import: every document matched and
     every span and fact imported or already there)
  1  done, with the problems printed on stderr: the output is written but incomplete (an export
     left out a fact file or a mention; an import left out a document, span or fact, found a
     disagreement or could not write a fact file; knowledge-base entries with errors were left out)
  2  usage error (an unknown option, a missing argument): nothing was done
  3  failed: an input or the output was refused, or could not be read or written; nothing was
     written (an existing output is left as it was)
`;

function usage(synopses: readonly string[], sections: readonly string[]): string {
  return `Usage:\n${synopses.map((s) => `  ${s}\n`).join('')}\n${sections.join('')}\n${INPUTS_HELP}\n${EXIT_STATUS_HELP}`;
}

export const USAGE = usage(
  [RECOGNIZE_SYNOPSIS, EXPORT_SYNOPSIS, IMPORT_SYNOPSIS, AGREE_SYNOPSIS, AGREE_REVISIONS_SYNOPSIS, MERGE_FACTS_SYNOPSIS, 'news-annotator COMMAND --help'],
  ['Commands:\n', RECOGNIZE_HELP, EXPORT_HELP, IMPORT_HELP, AGREE_HELP, MERGE_FACTS_HELP],
);
export const RECOGNIZE_USAGE = usage([RECOGNIZE_SYNOPSIS], [RECOGNIZE_HELP]);
export const EXPORT_USAGE = usage([EXPORT_SYNOPSIS], [EXPORT_HELP]);
export const IMPORT_USAGE = usage([IMPORT_SYNOPSIS], [IMPORT_HELP]);
export const AGREE_USAGE = usage([AGREE_SYNOPSIS, AGREE_REVISIONS_SYNOPSIS], [AGREE_HELP]);
export const MERGE_FACTS_USAGE = usage([MERGE_FACTS_SYNOPSIS], [MERGE_FACTS_HELP]);

/** What a usage error is followed by: the command's synopsis, and where to read more. */
export function usageHint(command: string): string {
  if (command === 'recognize') return `Usage:\n  ${RECOGNIZE_SYNOPSIS}\n\nnews-annotator recognize --help shows more.\n`;
  if (command === 'export') return `Usage:\n  ${EXPORT_SYNOPSIS}\n\nnews-annotator export --help shows more.\n`;
  if (command === 'import') return `Usage:\n  ${IMPORT_SYNOPSIS}\n\nnews-annotator import --help shows more.\n`;
  if (command === 'agree') return `Usage:\n  ${AGREE_SYNOPSIS}\n  ${AGREE_REVISIONS_SYNOPSIS}\n\nnews-annotator agree --help shows more.\n`;
  if (command === 'merge-facts') return `Usage:\n  ${MERGE_FACTS_SYNOPSIS}\n\nnews-annotator merge-facts --help shows more.\n`;
  return `Usage:\n  ${RECOGNIZE_SYNOPSIS}\n  ${EXPORT_SYNOPSIS}\n  ${IMPORT_SYNOPSIS}\n  ${AGREE_SYNOPSIS}\n  ${AGREE_REVISIONS_SYNOPSIS}\n  ${MERGE_FACTS_SYNOPSIS}\n\nnews-annotator --help shows more.\n`;
}

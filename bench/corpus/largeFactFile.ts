// One very large annotated article: the seed articles in turn, over and over, with their fact
// files' mentions and facts moved to each copy (ids made unique, prefix and suffix taken from the
// new text; the facts of one copy in ten), until the fact file holds a given number of mentions. Written in the seeds' block
// style; generated once per size under .cache/bench/ and reused while it matches.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANCHOR_CONTEXT } from '../../src/core/reanchor/anchor';
import { parseFactFile } from '../../src/core/factFile/store';
import { trimBrokenSurrogates } from '../../src/core/text/codePoints';
import { CACHE, ROOT } from '../lib/results';
import { seedArticles } from './text';

/** Bump when the generated files change, so that older copies are made again. */
const GENERATOR_VERSION = 1;

export interface LargeFactFile {
  root: string;
  articlePath: string;
  factFilePath: string;
  mentions: number;
  facts: number;
  factFileBytes: number;
  articleBytes: number;
}

/** A YAML scalar: JSON's double-quoted strings are YAML's too; numbers and booleans as they are. */
function scalar(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** A list item of flat fields (arrays of strings as block lists), in the seeds' indentation. */
function item(record: Record<string, unknown>): string {
  let out = '';
  let first = true;
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    out += `${first ? '  - ' : '    '}${key}:`;
    first = false;
    if (Array.isArray(value)) out += value.length === 0 ? ' []\n' : `\n${value.map((v) => `      - ${scalar(v)}\n`).join('')}`;
    else out += ` ${scalar(value)}\n`;
  }
  return out;
}

export function generateLargeFactFile(mentionCount: number): LargeFactFile {
  const root = join(CACHE, `large-fact-file-${mentionCount}`);
  const manifestFile = join(root, 'manifest.json');
  const articlePath = 'large.txt';
  const factFilePath = 'large.facts.yaml';
  if (existsSync(manifestFile)) {
    const found = JSON.parse(readFileSync(manifestFile, 'utf8')) as LargeFactFile & { version: number };
    if (found.version === GENERATOR_VERSION && found.mentions >= mentionCount) return { ...found, root };
  }
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const seeds = seedArticles().map(({ name, text }) => {
    const file = join('seeds', name.replace(/\.txt$/, '.facts.yaml'));
    const factFile = parseFactFile(readFileSync(join(ROOT, file), 'utf8'), file).factFile;
    if (!factFile) throw new Error(`${file} is not a valid fact file`);
    return { text: `${text}${text.endsWith('\n') ? '' : '\n'}\n`, factFile };
  });
  const texts: string[] = [];
  const copies: { offset: number; copy: number; seed: (typeof seeds)[number] }[] = [];
  let offset = 0;
  let mentions = 0;
  for (let copy = 0; mentions < mentionCount; copy++) {
    const seed = seeds[copy % seeds.length];
    copies.push({ offset, copy, seed });
    texts.push(seed.text);
    offset += seed.text.length;
    mentions += seed.factFile.mentions.length;
  }
  const text = texts.join('');
  let mentionsYaml = '';
  let factsYaml = '';
  let facts = 0;
  for (const { offset: at, copy, seed } of copies) {
    // Ids stay of the schema's form (m-, f- and up to 16 letters or digits): the copy's number appended.
    const id = (old: string) => `${old}${copy.toString(36).padStart(4, '0')}`;
    for (const m of seed.factFile.mentions) {
      const start = m.start + at;
      const end = m.end + at;
      mentionsYaml += item({
        ...m,
        id: id(m.id),
        prefix: trimBrokenSurrogates(text.slice(Math.max(0, start - ANCHOR_CONTEXT), start)),
        suffix: trimBrokenSurrogates(text.slice(end, end + ANCHOR_CONTEXT)),
        start,
        end,
      });
    }
    // The facts of one copy in ten: a long article states a fact once, and cites a few of its mentions.
    if (copy % 10 !== 0) continue;
    for (const fact of seed.factFile.facts) {
      factsYaml += item({ ...fact, id: id(fact.id), evidence: fact.evidence.map(id) });
      facts++;
    }
  }
  const { language, publisher, published } = seeds[0].factFile.article;
  const factFile = [
    '# A generated fact file for the benchmarks: the seeds, over and over.',
    'schema: news-annotator/facts@1',
    'article:',
    `  file: ${articlePath}`,
    `  language: ${language}`,
    ...(publisher !== undefined ? [`  publisher: ${scalar(publisher)}`] : []),
    `  textHash: sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`,
    ...(published !== undefined ? [`  published: ${scalar(published)}`] : []),
    'mentions:',
    mentionsYaml + 'facts:',
    factsYaml + 'rejections: []',
    '',
  ].join('\n');
  writeFileSync(join(root, articlePath), text);
  writeFileSync(join(root, factFilePath), factFile);
  const result: LargeFactFile = {
    root,
    articlePath,
    factFilePath,
    mentions,
    facts,
    factFileBytes: Buffer.byteLength(factFile, 'utf8'),
    articleBytes: Buffer.byteLength(text, 'utf8'),
  };
  writeFileSync(manifestFile, JSON.stringify({ ...result, version: GENERATOR_VERSION }));
  return result;
}

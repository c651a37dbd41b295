// A generated workspace of annotated articles: the seed articles and their fact files, copied over
// and over under articles/<language>/<folder>/, each copy with its own file name and text hash and
// with its summit moved to one of the bundled summits, so that the tree has many summits and
// leaders. Generated once per seed and size under .cache/bench/ and reused while it matches.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Random } from '../lib/random';
import { CACHE, ROOT } from '../lib/results';
import { seedArticles } from './text';

/** Bump when the generated files change, so that older copies are made again. */
const GENERATOR_VERSION = 1;
export const ARTICLES_PER_FOLDER = 100;

export interface GeneratedWorkspace {
  root: string;
  articles: number;
  /** Article paths relative to the root, in path order. */
  articlePaths: string[];
  /** UTF-8 bytes of all fact files. */
  factFileBytes: number;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function articlePath(index: number, language: string): string {
  const folder = String(Math.floor(index / ARTICLES_PER_FOLDER)).padStart(3, '0');
  return `articles/${language}/${folder}/a${String(index).padStart(5, '0')}.txt`;
}

export function generateWorkspace(count: number, seed: number): GeneratedWorkspace {
  const root = join(CACHE, `workspace-${seed}-${count}`);
  const manifestFile = join(root, 'manifest.json');
  const manifest = { version: GENERATOR_VERSION, seed, count };
  if (existsSync(manifestFile)) {
    const found = JSON.parse(readFileSync(manifestFile, 'utf8')) as typeof manifest & { articlePaths: string[]; factFileBytes: number };
    if (found.version === manifest.version && found.seed === seed && found.count === count) {
      return { root, articles: count, articlePaths: found.articlePaths, factFileBytes: found.factFileBytes };
    }
  }
  rmSync(root, { recursive: true, force: true });
  const random = new Random(seed);
  const summits = bundledKnowledgeBase()
    .ofType('event')
    .filter((e) => e.kind === 'summit')
    .map((e) => e.id);
  const seeds = seedArticles().map(({ name, text }) => {
    const factFile = readFileSync(join(ROOT, 'seeds', name.replace(/\.txt$/, '.facts.yaml')), 'utf8');
    const language = /^ {2}language: (\w+)$/m.exec(factFile)?.[1] ?? 'en';
    return { name, text, factFile, language };
  });
  const articlePaths: string[] = [];
  let factFileBytes = 0;
  for (let index = 0; index < count; index++) {
    const source = seeds[index % seeds.length];
    const path = articlePath(index, source.language);
    const file = path.slice(path.lastIndexOf('/') + 1);
    // A line of its own at the end: every copy is its own text, and no anchor moves.
    const text = `${source.text}${source.text.endsWith('\n') ? '' : '\n'}\n(${file.replace(/\.txt$/, '')})\n`;
    const summit = random.pick(summits);
    const factFile = source.factFile
      .replace(source.name, file)
      .replace(new RegExp(`^ {2}file: ${source.name.replace(/\./g, '\\.')}$`, 'm'), `  file: ${file}`)
      .replace(/^ {2}textHash: sha256:[0-9a-f]{64}$/m, `  textHash: sha256:${sha256(text)}`)
      .replace(/event:csto-summit-[a-z0-9-]+/g, summit);
    const dir = join(root, path.slice(0, path.lastIndexOf('/')));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(root, path), text);
    writeFileSync(join(root, path.replace(/\.txt$/, '.facts.yaml')), factFile);
    articlePaths.push(path);
    factFileBytes += Buffer.byteLength(factFile, 'utf8');
  }
  articlePaths.sort();
  writeFileSync(manifestFile, JSON.stringify({ ...manifest, articlePaths, factFileBytes }));
  return { root, articles: count, articlePaths, factFileBytes };
}

// The packaged extension, as `npm run package` makes it from a clean copy of the project: it
// builds (the production bundles), holds only what the extension needs at run time, and stays small.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const REPO = join(__dirname, '../../..');
/** What a copy of the project leaves behind: installed and built things, and results of earlier runs. */
const NOT_COPIED = new Set(['.git', 'node_modules', 'out', 'dist', 'schemas', '.cache', 'test-results']);
const MAX_VSIX_BYTES = 1024 * 1024;
/** What the extension host reads and compiles when the features are first needed: the bundles unpacked. */
const MAX_BUNDLE_BYTES = 1_000_000;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeader: number;
}

/** The entries of a zip file, read from its central directory (a .vsix is a zip). */
function zipEntries(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'not a zip file: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'damaged central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localHeader: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function contentOf(zip: Buffer, entry: ZipEntry): string {
  const start = entry.localHeader + 30 + zip.readUInt16LE(entry.localHeader + 26) + zip.readUInt16LE(entry.localHeader + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  return (entry.method === 8 ? inflateRawSync(data) : data).toString('utf8');
}

describe('npm run package', function () {
  let workspace: string;
  let zip: Buffer;
  let entries: ZipEntry[];
  let output: string;

  before(function () {
    workspace = mkdtempSync(join(tmpdir(), 'news-annotator-package-'));
    for (const name of readdirSync(REPO)) {
      if (!NOT_COPIED.has(name) && !name.endsWith('.vsix')) cpSync(join(REPO, name), join(workspace, name), { recursive: true });
    }
    symlinkSync(join(REPO, 'node_modules'), join(workspace, 'node_modules'), 'dir');
    const run = spawnSync('npm', ['run', 'package', '--', '--out', 'news-annotator.vsix'], { cwd: workspace, encoding: 'utf8' });
    output = `${run.stdout}\n${run.stderr}`;
    assert.equal(run.status, 0, `npm run package failed:\n${output}`);
    zip = readFileSync(join(workspace, 'news-annotator.vsix'));
    entries = zipEntries(zip);
  });

  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('makes a .vsix under 1 MB', () => {
    const size = statSync(join(workspace, 'news-annotator.vsix')).size;
    assert.ok(size < MAX_VSIX_BYTES, `the .vsix is ${(size / 1024).toFixed(0)} KB`);
  });

  it('holds exactly the run-time files: bundles, manifest, grammar, translations, schemas, icon, README and LICENSE', () => {
    const files = entries.map((e) => e.name).filter((name) => name.startsWith('extension/')).map((name) => name.slice('extension/'.length)).sort();
    const unexpected = files.filter(
      (f) =>
        !/^(dist\/(extension|features)\.js|package\.json|package\.nls(\.[a-z-]+)?\.json|language-configuration\.json|readme\.md|LICENSE\.txt|media\/news-annotator\.svg|syntaxes\/[^/]+\.json|l10n\/bundle\.l10n\.[a-z-]+\.json|schemas\/[^/]+\.schema\.json)$/.test(f),
    );
    assert.deepEqual(unexpected, [], 'files that the extension does not need at run time');
    for (const needed of ['dist/extension.js', 'dist/features.js', 'package.json', 'package.nls.json', 'package.nls.it.json', 'l10n/bundle.l10n.it.json', 'syntaxes/news-article.tmLanguage.json', 'schemas/facts.schema.json', 'schemas/knowledge-base.schema.json', 'LICENSE.txt', 'readme.md', 'media/news-annotator.svg']) {
      assert.ok(files.includes(needed), `${needed} is missing from the .vsix`);
    }
  });

  it('ships the production bundles: minified, with no link to a source map that is not there', () => {
    for (const name of ['extension/dist/extension.js', 'extension/dist/features.js']) {
      const entry = entries.find((e) => e.name === name);
      assert.ok(entry, `${name} is missing`);
      const code = contentOf(zip, entry);
      assert.doesNotMatch(code, /sourceMappingURL/, `${name} points at a source map`);
      const lines = code.split('\n').length;
      assert.ok(code.length / lines > 500, `${name} does not look minified (${lines} lines for ${code.length} characters)`);
    }
  });

  it('keeps both bundles together under 1 MB, with zod messages in English only', () => {
    const codes = ['extension/dist/extension.js', 'extension/dist/features.js'].map((name) => contentOf(zip, entries.find((e) => e.name === name)!));
    const bytes = codes.reduce((sum, code) => sum + Buffer.byteLength(code), 0);
    assert.ok(bytes < MAX_BUNDLE_BYTES, `the bundles weigh ${(bytes / 1000).toFixed(0)} kB`);
    // zod's English message for a value of the wrong type, and its Russian one, which the
    // extension never shows.
    assert.match(codes[1], /Invalid input: expected/);
    assert.doesNotMatch(codes[1], /Неверный ввод/);
  });

  it("matches the sizes the README states, within a sixth: the package's and the bundles'", () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    /** A size the README states, in bytes ("about 1,077 kB" is 1,077,000). */
    const stated = (pattern: RegExp): number => {
      const found = pattern.exec(readme);
      assert.ok(found, `the README states no size for ${pattern}`);
      return Number(found[1].replace(/,/g, '')) * 1000;
    };
    const bundleSize = (name: string) => Buffer.byteLength(contentOf(zip, entries.find((e) => e.name === `extension/${name}`)!));
    const measured: [string, number, number][] = [
      ['the .vsix', statSync(join(workspace, 'news-annotator.vsix')).size, stated(/a package of about\s+([\d,.]+) kB/)],
      ['dist/extension.js', bundleSize('dist/extension.js'), stated(/`dist\/extension\.js` (?:about )?([\d,.]+) kB/)],
      ['dist/features.js', bundleSize('dist/features.js'), stated(/`dist\/features\.js` (?:about )?([\d,.]+) kB/)],
    ];
    for (const [what, size, readmeSays] of measured) {
      assert.ok(Math.abs(size - readmeSays) <= readmeSays / 6, `${what} is ${(size / 1000).toFixed(1)} kB; the README says ${(readmeSays / 1000).toFixed(1)} kB`);
    }
  });

  it('links the README pictures to the repository, so that they show on the extension page', () => {
    const readme = contentOf(zip, entries.find((e) => e.name === 'extension/readme.md')!);
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(pictures.length > 0, 'the README shows no pictures');
    for (const url of pictures) assert.match(url, /^https:\/\//, `a picture the extension page cannot show: ${url}`);
  });
});

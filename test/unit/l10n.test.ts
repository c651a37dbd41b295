// Every text the extension shows has its Italian translation, and the translations keep their
// placeholders.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const REPO = join(__dirname, '..', '..', '..');

/** The English strings passed to vscode.l10n.t('…') in the editor layer. */
export function l10nStrings(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const source = readFileSync(path, 'utf8');
        for (const m of source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(m[1].replace(/\\'/g, "'").replace(/\\\\/g, '\\'));
      }
    }
  };
  walk(join(REPO, 'src'));
  return found;
}

const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('translations', () => {
  it('has an Italian translation for every text the extension shows', () => {
    const bundle = JSON.parse(readFileSync(join(REPO, 'l10n', 'bundle.l10n.it.json'), 'utf8')) as Record<string, string>;
    const missing = [...l10nStrings()].filter((s) => !(s in bundle));
    assert.deepEqual(missing, []);
    for (const [english, italian] of Object.entries(bundle)) {
      assert.deepEqual(placeholders(italian), placeholders(english), `placeholders of "${english}"`);
    }
  });

  it('gives each text one translation: a key written twice would hide one of them', () => {
    // JSON.parse keeps the last of two equal keys silently; merges of the bundle add such pairs.
    for (const file of ['l10n/bundle.l10n.it.json', 'package.nls.it.json', 'package.nls.json']) {
      const keys = [...readFileSync(join(REPO, file), 'utf8').matchAll(/^\s*("(?:[^"\\]|\\.)*")\s*:/gm)].map((m) => JSON.parse(m[1]) as string);
      const twice = keys.filter((key, i) => keys.indexOf(key) !== i);
      assert.deepEqual(twice, [], `${file}: keys written twice`);
    }
  });

  it('translates whole sentences, not words laid side by side', () => {
    // "Record: {0} {1} {2}" with the verb as a word of its own gave the Italian status "attended"
    // the verb's translation ("ha partecipato a"): one word, two roles, one translation.
    const pieced = [...l10nStrings()].filter((s) => /\{\d+\}\s+\{\d+\}/.test(s));
    assert.deepEqual(pieced, []);
  });

  it('translates every manifest text', () => {
    const english = JSON.parse(readFileSync(join(REPO, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const italian = JSON.parse(readFileSync(join(REPO, 'package.nls.it.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(Object.keys(italian).sort(), Object.keys(english).sort());
    const manifest = readFileSync(join(REPO, 'package.json'), 'utf8');
    for (const key of manifest.matchAll(/"%([^%"]+)%"/g)) assert.ok(key[1] in english, `package.nls.json has ${key[1]}`);
  });
});

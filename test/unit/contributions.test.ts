// Activation registers the manifest's commands before the features are loaded, from a list of its
// own: a command missing from it would be "not found" when run, one too many would never work.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_LANGUAGE, COMMANDS, FACTS_VIEW } from '../../src/editor/shell/contributions';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
  contributes: { commands: { command: string }[]; languages: { id: string }[]; views: Record<string, { id: string }[]> };
};

describe('contributions', () => {
  it('lists exactly the commands the manifest contributes', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepStrictEqual([...COMMANDS].sort(), contributed);
  });

  it('names the language and the view the manifest declares', () => {
    assert.ok(manifest.contributes.languages.some((l) => l.id === ARTICLE_LANGUAGE));
    assert.ok(Object.values(manifest.contributes.views).flat().some((v) => v.id === FACTS_VIEW));
  });
});

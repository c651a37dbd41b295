// Opening a seed article activates the extension, whose commands all have their handlers, and
// classifies the names in it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  ARTICLE_LANGUAGE_ID,
  EXTENSION_ID,
  activeExtension,
  assertTokenAt,
  eventually,
  openSeed,
  semanticTokens,
  servicesOf,
} from './helpers';

const ENGLISH_SEED = '001_59ba21db933ddaec.txt';
const ITALIAN_SEED = '000_3208a376056ee470.txt';

// The knowledge base may still be loading when the first request arrives.
const TOKENS_TIMEOUT = { timeoutMs: 15_000 };

describe('activation', () => {
  it('opens a seed as a news article', async () => {
    const document = await openSeed(ENGLISH_SEED);
    assert.strictEqual(document.languageId, ARTICLE_LANGUAGE_ID);
  });

  it('activates the extension', async () => {
    await openSeed(ENGLISH_SEED);
    const extension = await activeExtension(EXTENSION_ID, { timeoutMs: 5_000 });
    assert.strictEqual(extension.isActive, true);
  });

  it('has a handler for every command the manifest contributes, and for no other', async () => {
    const extension = await activeExtension(EXTENSION_ID, { timeoutMs: 5_000 });
    const contributed = (extension.packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map((c) => c.command);
    // Asking for the services loads the features, which register the handlers.
    const handled = servicesOf(extension).commands.ids();
    assert.deepStrictEqual([...handled].sort(), [...contributed].sort());
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(contributed.filter((id) => !registered.has(id)), [], 'activation registers every contributed command');
  });

  it('classifies the people, places, organizations and dates of an English article', async () => {
    const document = await openSeed(ENGLISH_SEED);
    await eventually(async () => {
      const tokens = await semanticTokens(document, TOKENS_TIMEOUT);
      const putin = assertTokenAt(document, tokens, 'Vladimir Putin', 'person');
      assert.strictEqual(putin.line, 2, '"Vladimir Putin" first occurs on line 3 ("Russian President Vladimir Putin")');
      assertTokenAt(document, tokens, 'Yerevan', 'place');
      assertTokenAt(document, tokens, 'Collective Security Treaty Organization', 'organization');
      assertTokenAt(document, tokens, 'CSTO', 'organization');
      assertTokenAt(document, tokens, 'Nikol Pashinyan', 'person');
      assertTokenAt(document, tokens, 'November 23', 'date');
    }, TOKENS_TIMEOUT);
  });

  it('classifies the names of an Italian article, in either spelling', async () => {
    const document = await openSeed(ITALIAN_SEED);
    await eventually(async () => {
      const tokens = await semanticTokens(document, TOKENS_TIMEOUT);
      assertTokenAt(document, tokens, 'Biškek', 'place');
      assertTokenAt(document, tokens, 'Bishkek', 'place');
      assertTokenAt(document, tokens, 'Organizzazione del Trattato di sicurezza collettiva', 'organization');
    }, TOKENS_TIMEOUT);
  });
});

// Free annotation as a person does it in VS Code: select a span, Ctrl+., "Annotate selection as…",
// type into the real quick pick, Enter; the span is coloured and on disk, and the name is learnt.
// A new entity made from a selection is then coloured in another article. These run after the
// tests of annotator.test.ts, on the same workbench.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { allNames } from '../../src/core/knowledgeBase/knowledgeBase';
import { EntitySearch } from '../../src/core/knowledgeBase/search';
import { withWorkspaceFile } from '../../src/core/knowledgeBase/workspaceFile';
import { around, eventually, type Rect, tokenClass, workbench } from './workbench';

/** A short report of our own, its lines short enough never to wrap: a name the recognizer misses beside one it finds. */
const ARTICLE = '007_minsk.txt';
const ARTICLE_TEXT = 'Talks in Minsk\nMINSK, November 3. Stanislav Zas met the Belarusian leader.\nAlexander Lukashenko spoke of the priorities.\n';
const ARTICLE_FACT_FILE = '007_minsk.facts.yaml';
const KNOWLEDGE_BASE = path.join('.news-annotator', 'knowledge-base.yaml');
const ANNOTATE_SELECTION = 'Annotate selection as…';

type Wb = ReturnType<typeof workbench>;

/** Selects the text at `rect` as a hand does: a click before its first letter, a shift-click after its last. */
async function select(wb: Wb, rect: Rect): Promise<void> {
  await wb.closeWidgets();
  const y = rect.y + rect.height / 2;
  await wb.page.mouse.click(rect.x + 1, y);
  await wb.page.keyboard.down('Shift');
  await wb.page.mouse.click(rect.x + rect.width - 1, y);
  await wb.page.keyboard.up('Shift');
}

/**
 * Selects the text at `rect` and presses Control+. until the quick-fix menu offers "Annotate
 * selection as…" (the extension may still be reading the article); returns the menu's titles.
 */
async function selectionMenu(wb: Wb, rect: Rect): Promise<string[]> {
  return eventually(async () => {
    await select(wb, rect);
    await wb.page.keyboard.press('Control+.');
    const titles = await eventually(async () => {
      const items = (await wb.quickFixMenu()).items.map((item) => item.title);
      assert.ok(items.length > 0, 'the quick-fix menu shows');
      return items;
    }, { timeoutMs: 3_000 });
    assert.ok(titles.includes(ANNOTATE_SELECTION), `the menu offers ${ANNOTATE_SELECTION}: ${titles.join(' | ')}`);
    return titles;
  }, { timeoutMs: 20_000 });
}


/** The quick pick's input, once it shows. */
function quickInput(wb: Wb) {
  return wb.page.locator('.quick-input-widget input');
}

/** The names the quick pick's rows show, top to bottom (without their icons). */
async function pickRows(wb: Wb): Promise<string[]> {
  // Read in one go: the list re-renders its rows while the search settles, and a row counted a
  // moment before may be gone when it is read.
  return wb.page
    .locator('.quick-input-widget .quick-input-list .monaco-list-row')
    .evaluateAll((rows) => rows.map((row) => (row.querySelector('.label-name')?.textContent ?? '').trim()));
}

/** The knowledge base the extension has in force: the bundled one with the workspace's file, read from disk. */
function knowledgeBaseOnDisk(wb: Wb) {
  const file = path.join(wb.workspace, KNOWLEDGE_BASE);
  return withWorkspaceFile(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined, KNOWLEDGE_BASE).knowledgeBase;
}

function mentionsOnDisk(wb: Wb, factFile: string): { entity?: string; quote: string }[] {
  const file = path.join(wb.workspace, factFile);
  return fs.existsSync(file) ? ((parse(fs.readFileSync(file, 'utf8')) as { mentions?: { entity?: string; quote: string }[] }).mentions ?? []) : [];
}

describe('Annotating a selection in the workbench', () => {
  beforeEach(async () => {
    await workbench().dismissNotifications();
  });

  it('annotates a selected span as the entity found by typing part of its name, colours it and learns it', async () => {
    const wb = workbench();
    fs.writeFileSync(path.join(wb.workspace, ARTICLE), ARTICLE_TEXT);
    await wb.openFromExplorer(ARTICLE);
    const leader = (await eventually(async () => {
      const [found] = await wb.findText('Belarusian leader');
      assert.ok(found, '"Belarusian leader" is on screen');
      return found;
    })).rect;
    const titles = await selectionMenu(wb, leader);
    assert.strictEqual(titles[0], ANNOTATE_SELECTION, `first in the menu: ${titles.join(' | ')}`);
    assert.ok(!titles.some((title) => /Zas/.test(title)), `nothing about the other name on the line: ${titles.join(' | ')}`);
    await wb.chooseQuickFix(ANNOTATE_SELECTION);

    const input = quickInput(wb);
    await input.waitFor();
    assert.strictEqual(await input.inputValue(), 'Belarusian leader', 'the pick starts with the selected text');
    await input.fill('');
    await input.pressSequentially('lukas');
    // The rows in the order the search gives, whatever VS Code's own sort of the labels would be.
    const kb = knowledgeBaseOnDisk(wb);
    const expected = new EntitySearch(kb).search('lukas').map(({ entity, name }) => (name !== entity.name && allNames(entity).includes(name) ? name : entity.name));
    const rows = await eventually(async () => {
      const shown = await pickRows(wb);
      assert.strictEqual(shown[0], expected[0], `the best match first: ${shown.join(' | ')}`);
      return shown;
    });
    assert.ok(expected.length > 0);
    assert.deepStrictEqual(rows.slice(0, expected.length), expected, 'the entities in the search\'s order');
    assert.ok(rows.includes('New person…') && rows.includes('Date…'), `a date and new entities are offered last: ${rows.join(' | ')}`);
    const widget = await wb.page.locator('.quick-input-widget').boundingBox();
    assert.ok(widget, 'the quick pick shows');
    await wb.screenshot('annotate-selection-pick', around([widget], 8));
    await wb.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });

    await eventually(() => {
      assert.deepStrictEqual(
        mentionsOnDisk(wb, ARTICLE_FACT_FILE).filter((m) => m.quote === 'Belarusian leader').map((m) => m.entity),
        ['person:alexander-lukashenko'],
        'the annotation is on disk',
      );
    });
    const person = tokenClass((await wb.token('Alexander Lukashenko')).spans[0].className);
    const learnt = await wb.token('Belarusian leader');
    assert.strictEqual(tokenClass(learnt.spans[0].className), person, 'the span is coloured as a person, as the recognizer now reads it');
    const kbText = fs.readFileSync(path.join(wb.workspace, KNOWLEDGE_BASE), 'utf8');
    assert.match(kbText, /"person:alexander-lukashenko": \{ en: \[ Belarusian leader \] \}/, 'learnt in the workspace knowledge base');
  });

  it('makes a new person of a selected name, which is then coloured in another article', async () => {
    const wb = workbench();
    const first = '005_drills.txt';
    const second = '006_meeting.txt';
    fs.writeFileSync(path.join(wb.workspace, first), 'Drills at Balykshi\nBISHKEK, October 6. /Kabar/. The drills near Balykshi were watched by the Kyrgyz Defence Minister Aibek Toktogulov, who reported to Sadyr Japarov.\n');
    fs.writeFileSync(path.join(wb.workspace, second), 'Talks in Moscow\nMOSCOW, October 9. Aibek Toktogulov met Vladimir Putin in Moscow on Friday.\n');
    await wb.openFromExplorer(first);
    const name = (await eventually(async () => {
      const [found] = await wb.findText('Aibek Toktogulov', { after: ',' });
      assert.ok(found, 'the name is on screen');
      return found;
    })).rect;
    await selectionMenu(wb, name);
    await wb.chooseQuickFix(ANNOTATE_SELECTION);
    const input = quickInput(wb);
    await input.waitFor();
    assert.strictEqual(await input.inputValue(), 'Aibek Toktogulov');
    await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'New person…' }).first().click();
    // The country, then the role.
    await eventually(async () => assert.match((await wb.page.locator('.quick-input-widget .quick-input-title').textContent()) ?? '', /Country of Aibek Toktogulov/));
    // The country the title gives ("Kyrgyz"), as the dateline's city does, comes first, ready to take with Enter.
    const countries = await eventually(async () => {
      const shown = await pickRows(wb);
      assert.ok(shown.length > 2, shown.join(' | '));
      return shown;
    });
    assert.strictEqual(countries[0], 'Kyrgyzstan', countries.slice(0, 3).join(' | '));
    assert.match(await wb.page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().innerText(), /named in the article/);
    assert.strictEqual(countries[1], 'No country');
    await wb.page.keyboard.press('Enter');
    await eventually(async () => assert.match((await wb.page.locator('.quick-input-widget .quick-input-title').textContent()) ?? '', /Role of Aibek Toktogulov/));
    // The role the title gives, to confirm.
    assert.strictEqual(await input.inputValue(), 'Minister of Defence');
    await wb.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });

    await eventually(() => {
      const kb = parse(fs.readFileSync(path.join(wb.workspace, KNOWLEDGE_BASE), 'utf8')) as { entities: { id: string; country?: string; roles?: { role: string }[] }[] };
      const added = kb.entities.find((e) => e.id === 'person:aibek-toktogulov');
      assert.ok(added, 'the new person is in the workspace knowledge base');
      assert.strictEqual(added.country, 'place:kyrgyzstan');
      assert.deepStrictEqual(added.roles?.map((r) => r.role), ['Minister of Defence']);
      assert.deepStrictEqual(mentionsOnDisk(wb, '005_drills.facts.yaml').map((m) => [m.quote, m.entity]), [['Aibek Toktogulov', 'person:aibek-toktogulov']]);
    });

    await wb.openFromExplorer(second);
    const putin = tokenClass((await wb.token('Vladimir Putin')).spans[0].className);
    const newcomer = await wb.token('Aibek Toktogulov', { after: ' met' });
    assert.strictEqual(tokenClass(newcomer.spans[0].className), putin, 'coloured as a person in the other article');
  });

  it('adds a body found by its head noun to the workspace knowledge base, offered as an organization first', async () => {
    const wb = workbench();
    const article = '008_inspection.txt';
    const body = 'Kyrgyz Ministry of Natural Resources';
    fs.writeFileSync(path.join(wb.workspace, article), `Inspection in Osh\nBISHKEK, October 6. The ${body} sent inspectors to Osh.\n`);
    await wb.runCommand('Refresh Explorer');
    await wb.openFromExplorer(article);
    const name = (await eventually(async () => {
      const [found] = await wb.findText(body);
      assert.ok(found, 'the name is on screen');
      return found;
    })).rect;
    const add = `Add “${body}” to the workspace knowledge base…`;
    await wb.quickFixes(name, (menu) => menu.items.some((item) => item.title === add));
    await wb.chooseQuickFix(add);
    const input = quickInput(wb);
    await input.waitFor();
    const rows = await eventually(async () => {
      const shown = await pickRows(wb);
      assert.strictEqual(shown.length, 4, `the four types: ${shown.join(' | ')}`);
      return shown;
    });
    assert.strictEqual(rows[0], 'Organization', `what the recognizer took it for comes first: ${rows.join(' | ')}`);
    await wb.page.keyboard.press('Enter');
    await eventually(async () => assert.match((await wb.page.locator('.quick-input-widget .quick-input-title').textContent()) ?? '', /Canonical name/));
    assert.strictEqual(await input.inputValue(), body, 'the name as written, to confirm');
    await wb.page.keyboard.press('Enter');
    // Its country: the one its name gives comes first, ready to take with Enter.
    await eventually(async () => assert.match((await wb.page.locator('.quick-input-widget .quick-input-title').textContent()) ?? '', /Country of Kyrgyz Ministry of Natural Resources/));
    const countries = await eventually(async () => {
      const shown = await pickRows(wb);
      assert.ok(shown.length > 2, shown.join(' | '));
      return shown;
    });
    assert.strictEqual(countries[0], 'Kyrgyzstan', countries.slice(0, 3).join(' | '));
    await wb.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });

    const id = 'organization:kyrgyz-ministry-of-natural-resources';
    await eventually(() => {
      const kb = parse(fs.readFileSync(path.join(wb.workspace, KNOWLEDGE_BASE), 'utf8')) as { entities: { id: string; type: string; name: string; parent?: string }[] };
      const added = kb.entities.find((e) => e.name === body);
      assert.deepStrictEqual(added && [added.id, added.type, added.parent], [id, 'organization', 'place:kyrgyzstan'], 'an organization of Kyrgyzstan in the workspace knowledge base');
      assert.deepStrictEqual(mentionsOnDisk(wb, '008_inspection.facts.yaml').map((m) => [m.quote, m.entity]), [[body, id]]);
    });
  });

  it('annotates the word at the cursor that the recognizer missed, from Ctrl+. with nothing selected', async () => {
    const wb = workbench();
    const article = '010_drills.txt';
    fs.writeFileSync(path.join(wb.workspace, article), 'Drills in Kazakhstan\nThe drills near Khorvatsk began on 20 October 2025, the ministry said.\n');
    try {
      await wb.runCommand('Refresh Explorer');
      await wb.openFromExplorer(article);
      const word = (await eventually(async () => {
        const [found] = await wb.findText('Khorvatsk');
        assert.ok(found, '"Khorvatsk" is on screen');
        return found;
      })).rect;
      // A click inside the word, no selection: the menu is about that word, not the date on its line.
      const titles = await eventually(async () => {
        await wb.closeWidgets();
        await wb.page.mouse.click(word.x + word.width / 2, word.y + word.height / 2);
        await wb.page.keyboard.press('Control+.');
        const items = await eventually(async () => {
          const shown = (await wb.quickFixMenu()).items.map((item) => item.title);
          assert.ok(shown.length > 0, 'the quick-fix menu shows');
          return shown;
        }, { timeoutMs: 3_000 });
        assert.strictEqual(items[0], 'Annotate “Khorvatsk” as…', `first in the menu: ${items.join(' | ')}`);
        return items;
      }, { timeoutMs: 20_000 });
      assert.ok(!titles.some((title) => /2025|October/.test(title)), `nothing about the date on the line: ${titles.join(' | ')}`);
      await wb.chooseQuickFix('Annotate “Khorvatsk” as…');
      const input = quickInput(wb);
      await input.waitFor();
      assert.strictEqual(await input.inputValue(), 'Khorvatsk', 'the pick starts with the word');
      await wb.page.keyboard.press('Escape');
      await input.waitFor({ state: 'hidden' });
    } finally {
      await wb.page.keyboard.press('Control+W');
      fs.rmSync(path.join(wb.workspace, article), { force: true });
    }
  });
});

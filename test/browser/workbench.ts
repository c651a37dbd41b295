// What the browser tests do with the VS Code workbench, in the terms a person would use: open a file
// from the Explorer, find a name on screen, open the quick-fix menu on it, hover it, show a view.
// Every wait polls the page for what should appear; nothing sleeps a fixed time.
import * as fs from 'fs';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from '../integration/codeServerHost';

/**
 * Where screenshots are written: test-results/screenshots/ on every run, and the README's own
 * media/screenshots/ when NEWS_ANNOTATOR_SCREENSHOTS=readme (`npm run screenshots`).
 */
export const SCREENSHOTS =
  process.env.NEWS_ANNOTATOR_SCREENSHOTS === 'readme' ? path.join(ROOT, 'media', 'screenshots') : path.join(ROOT, 'test-results', 'screenshots');

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A piece of text as the editor renders it. */
export interface OnScreen {
  /** Where it is, in page coordinates. */
  rect: Rect;
  /** The rendered spans it overlaps: their text and class names (`mtkN` is the token's colour). */
  spans: { text: string; className: string }[];
}

/** Where a piece of text must be: what comes right before and after it on the same screen line. */
export interface Around {
  before?: string;
  after?: string;
}

export interface QuickFixItem {
  title: string;
  disabled: boolean;
}

/** What Control+. showed: the menu's items, or the editor's message when there were none. */
export interface QuickFixMenu {
  items: QuickFixItem[];
  message?: string;
}

export interface TreeRow {
  /** 1 for the roots. */
  level: number;
  /** Undefined for a row without children. */
  expanded: boolean | undefined;
  label: string;
  rect: Rect;
}

/** A row of a list or tree as the page shows it. */
export interface ListRow extends TreeRow {
  /** Undefined for a row of a list that checks nothing. */
  checked: boolean | undefined;
  /** The text on screen, spaces collapsed. */
  text: string;
}

export interface PollOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Calls `attempt` until it returns without throwing and returns its result; when time runs out the
 * last error is thrown, so the assertion that kept failing is the test's failure.
 */
export async function eventually<T>(attempt: () => T | Promise<T>, options: PollOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() >= deadline) {
        throw error;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
}

/** The `mtkN` class of a rendered span: which colour the editor gave it. */
export function tokenClass(className: string): string | undefined {
  return /\bmtk\d+\b/.exec(className)?.[0];
}

export function center(rect: Rect): { x: number; y: number } {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** The smallest rectangle around `rects`, grown by `margin` on each side (or by `x` and `y`). */
export function around(rects: Rect[], margin: number | { x: number; y: number }): Rect {
  const { x, y } = typeof margin === 'number' ? { x: margin, y: margin } : margin;
  const left = Math.min(...rects.map((r) => r.x)) - x;
  const top = Math.min(...rects.map((r) => r.y)) - y;
  const right = Math.max(...rects.map((r) => r.x + r.width)) + x;
  const bottom = Math.max(...rects.map((r) => r.y + r.height)) + y;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

export class Workbench {
  constructor(
    readonly page: Page,
    /** The folder the workbench has open, on this machine's disk. */
    readonly workspace: string,
  ) {}

  /** Waits until the workbench shows the workspace's files in the Explorer. */
  async ready(timeoutMs: number): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: timeoutMs });
    await this.explorerRow(fs.readdirSync(this.workspace).filter((name) => name.endsWith('.txt')).sort()[0]).waitFor({ timeout: timeoutMs });
  }

  /** A file's row in the Explorer, found by its exact name. */
  explorerRow(name: string): Locator {
    return this.page.locator('.explorer-folders-view .monaco-list-row').filter({
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
    });
  }

  /** Clicks an activity-bar item, e.g. "Explorer" or "News Annotator", unless its view is showing. */
  async showContainer(label: string): Promise<void> {
    const item = this.page.locator(`.activitybar .action-item:has(.action-label[aria-label^="${label}"])`).first();
    await item.waitFor();
    if ((await item.getAttribute('class'))?.split(' ').includes('checked')) {
      return;
    }
    await item.locator('.action-label').click();
    await eventually(async () => {
      if (!(await item.getAttribute('class'))?.split(' ').includes('checked')) {
        throw new Error(`the side bar does not show ${label}`);
      }
    });
  }

  /** Opens a file by clicking it in the Explorer and waits until its editor is the active one. */
  async openFromExplorer(name: string): Promise<void> {
    await this.showContainer('Explorer');
    const row = this.explorerRow(name);
    await row.waitFor();
    await row.click();
    await eventually(async () => {
      const tab = (await this.page.locator('.tabs-container .tab.active').textContent()) ?? '';
      if (!tab.includes(name)) {
        throw new Error(`the active editor tab is "${tab.trim()}", not ${name}`);
      }
      await this.page.locator('.editor-instance .monaco-editor .view-line').first().waitFor({ timeout: 1_000 });
    }, { timeoutMs: 15_000 });
  }

  /** The status bar's items, as their texts. */
  async statusBar(): Promise<string[]> {
    return (await this.page.locator('.statusbar .statusbar-item').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /**
   * Every place `text` is rendered in the visible part of the active editor, in screen order (only
   * those with the given neighbours when `where` says so). Text wrapped onto the next screen line
   * is not found.
   */
  async findText(text: string, where: Around = {}): Promise<OnScreen[]> {
    return this.page.evaluate(findOnScreen, { text, before: where.before, after: where.after });
  }

  /**
   * Waits until `text` is rendered as one span of its own, as a semantic token is, and returns it.
   * `within` lists longer tokens it may be part of, as "Rakhmon" in "Emomali Rakhmon" (the name
   * wraps onto two screen lines or not, depending on the editor's width); the place returned is
   * still that of `text`.
   */
  async token(text: string, where: Around = {}, within: string[] = [], timeoutMs = 20_000): Promise<OnScreen> {
    return eventually(async () => {
      const found = await this.findText(text, where);
      const token = found.find((f) => f.spans.length === 1 && [text, ...within].includes(f.spans[0].text.trim()));
      if (!token) {
        const seen = found.map((f) => f.spans.map((s) => `[${s.text}]`).join('')).join(', ') || 'nowhere';
        throw new Error(`"${text}" is not a token of its own in the editor; rendered as ${seen}`);
      }
      return token;
    }, { timeoutMs });
  }

  /** Moves the mouse out of the way, to the title bar, so that no hover stays open. */
  async mouseAway(): Promise<void> {
    await this.page.mouse.move(this.page.viewportSize()!.width / 2, 4);
  }

  /** Closes menus, hovers and messages with Escape until none shows. */
  async closeWidgets(): Promise<void> {
    await this.mouseAway();
    await eventually(async () => {
      const open = await this.page.locator('.action-widget .monaco-list-row.action, .monaco-hover:not(.hidden)').count();
      if (open > 0) {
        await this.page.keyboard.press('Escape');
        throw new Error(`${open} widget rows still open`);
      }
    }, { timeoutMs: 5_000 });
  }

  /**
   * Clicks `target` to put the cursor in it and presses Control+. until the quick-fix menu lists an
   * item `ready` accepts (or, with `ready` accepting none, until the editor says why there is none).
   */
  async quickFixes(target: Rect, ready: (menu: QuickFixMenu) => boolean): Promise<QuickFixMenu> {
    let last: QuickFixMenu = { items: [] };
    return eventually(async () => {
      await this.closeWidgets();
      await this.page.mouse.click(center(target).x, center(target).y);
      await this.mouseAway();
      await this.page.keyboard.press('Control+.');
      // The menu or the message appears once the extension answered; give each attempt a moment.
      last = await eventually(async () => {
        const menu = await this.quickFixMenu();
        if (menu.items.length === 0 && menu.message === undefined) {
          throw new Error('no quick-fix menu and no message yet');
        }
        return menu;
      }, { timeoutMs: 3_000 }).catch(() => last);
      if (!ready(last)) {
        throw new Error(`the quick-fix menu shows ${JSON.stringify(last)}`);
      }
      return last;
    }, { timeoutMs: 20_000 });
  }

  /** What the quick-fix menu shows now. */
  async quickFixMenu(): Promise<QuickFixMenu> {
    // Read in one go, so that a row the menu re-renders meanwhile cannot leave a read waiting.
    const items: QuickFixItem[] = await this.page.locator('.action-widget .monaco-list-row.action').evaluateAll((rows) =>
      rows.map((row) => ({
        title: (row.querySelector('.title')?.textContent ?? '').trim(),
        disabled: row.classList.contains('option-disabled'),
      })),
    );
    const messages = await this.page.locator('.monaco-editor-overlaymessage').allTextContents();
    const message = messages.map((m) => m.trim()).find((m) => m !== '');
    return { items, message };
  }

  /** The quick-fix menu's outline, once it shows. */
  async quickFixMenuRect(): Promise<Rect> {
    const box = await this.page.locator('.action-widget').first().boundingBox();
    if (!box) {
      throw new Error('the quick-fix menu is not showing');
    }
    return box;
  }

  /** Clicks the quick-fix menu's item titled `title` and waits until the menu closes. */
  async chooseQuickFix(title: string): Promise<void> {
    const row = this.page.locator('.action-widget .monaco-list-row.action').filter({ has: this.page.locator('.title', { hasText: title }) }).first();
    await row.click();
    await this.page.locator('.action-widget .monaco-list-row.action').first().waitFor({ state: 'detached' });
  }

  /**
   * Rests the mouse on `target` until a hover card shows text `ready` accepts, and returns the card's
   * text and outline.
   */
  async hover(target: Rect, ready: (text: string) => boolean): Promise<{ text: string; rect: Rect }> {
    const point = center(target);
    let nudge = 0;
    return eventually(async () => {
      // Moving within the word again re-arms the hover when an earlier move was missed.
      await this.page.mouse.move(point.x + (nudge++ % 3) - 1, point.y);
      const card = this.page.locator('.monaco-hover:not(.hidden)').first();
      await card.waitFor({ timeout: 2_000 });
      const text = await card.innerText();
      const rect = await card.boundingBox();
      if (!rect || !ready(text)) {
        throw new Error(`the hover shows: ${text}`);
      }
      return { text, rect };
    }, { timeoutMs: 15_000 });
  }

  /** The side bar's title, e.g. "News Annotator: Summits and Leaders" (as written, not as styled). */
  async sideBarTitle(): Promise<string> {
    return ((await this.page.locator('.part.sidebar .composite.title .title-label').first().textContent()) ?? '').trim();
  }

  /** The rows of the tree in the side bar, top to bottom. */
  async treeRows(): Promise<TreeRow[]> {
    return this.listRows('.part.sidebar .monaco-list-row');
  }

  /**
   * The rows of a list or tree that `selector` finds, top to bottom, read in one pass in the page:
   * lists re-render their rows as they change, so rows read one by one may be gone half way.
   */
  async listRows(selector: string): Promise<ListRow[]> {
    return this.page.evaluate(readListRows, selector);
  }

  /** Expands the side bar's tree row whose label contains `label`, unless it is expanded. */
  async expandTreeRow(label: string): Promise<void> {
    // The tree re-renders its rows when a fact file changes, so a click that lands on a row being
    // replaced is lost: click again until the row says it is expanded.
    await eventually(async () => {
      const row = this.page.locator('.part.sidebar .monaco-list-row', { hasText: label }).first();
      await row.waitFor({ timeout: 2_000 });
      const expanded = await row.getAttribute('aria-expanded');
      if (expanded === 'true') return;
      if (expanded === 'false') await row.locator('.monaco-tl-twistie').click({ timeout: 2_000 });
      await this.page.waitForTimeout(300);
      if ((await row.getAttribute('aria-expanded')) !== 'true') {
        throw new Error(`the tree row "${label}" does not expand`);
      }
    }, { timeoutMs: 15_000 });
  }

  /**
   * Closes every editor, a test's own files among them, before the test takes those files away:
   * an editor left open on a deleted file can take a late write, and its "save?" dialog would
   * then stop the next test. Such a test file is not saved.
   */
  async closeAllEditors(): Promise<void> {
    await this.runCommand('View: Close All Editors');
    const dontSave = this.page.locator('.monaco-dialog-box .monaco-button', { hasText: /^Don't Save$/ });
    if (await dontSave.waitFor({ timeout: 1_000 }).then(() => true, () => false)) await dontSave.click();
  }

  /** Closes the notification toasts, which would cover the lower right of the window. */
  async dismissNotifications(): Promise<void> {
    const toasts = this.page.locator('.notifications-toasts .notification-toast');
    for (let count = await toasts.count(); count > 0; count--) {
      const toast = toasts.first();
      await toast.hover().catch(() => undefined);
      await toast.locator('.codicon-notifications-clear').first().click({ timeout: 1_000 }).catch(() => undefined);
    }
  }

  /** Runs a command from the command palette by its title, as a person types it there. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
  }

  /** Puts the cursor on line `line` (1-based) of the active editor with Go to Line, which brings it on screen. */
  async goToLine(line: number): Promise<void> {
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${line}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
  }

  /** Drags the edge between the side bar and the editor `by` pixels to the right. */
  async widenSideBar(by: number): Promise<void> {
    const sash = await this.page.locator('.monaco-sash.primary-sidebar-sash').boundingBox();
    if (!sash) {
      throw new Error('the side bar has no edge to drag');
    }
    const { x, y } = center(sash);
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + by / 2, y);
    await this.page.mouse.move(x + by, y);
    await this.page.mouse.up();
  }

  /** Saves `NAME.png` in SCREENSHOTS: the part `clip` of the window, or all of it. */
  async screenshot(name: string, clip?: Rect): Promise<string> {
    const file = path.join(SCREENSHOTS, `${name}.png`);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const viewport = this.page.viewportSize()!;
    let within: Rect | undefined;
    if (clip) {
      const x = Math.max(0, Math.floor(clip.x));
      const y = Math.max(0, Math.floor(clip.y));
      within = { x, y, width: Math.min(viewport.width, Math.ceil(clip.x + clip.width)) - x, height: Math.min(viewport.height, Math.ceil(clip.y + clip.height)) - y };
    }
    await this.page.screenshot({ path: file, clip: within });
    return file;
  }
}

let current: Workbench | undefined;

/** Set by the runner before the tests run. */
export function setWorkbench(workbench: Workbench | undefined): void {
  current = workbench;
}

/** The workbench the tests drive. */
export function workbench(): Workbench {
  if (!current) {
    throw new Error('no workbench: the browser tests run through out/test/browser/run.js');
  }
  return current;
}

// What findOnScreen needs of the DOM, declared here because the project compiles without the DOM
// library (src/ must not use it).
interface DomRect {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface DomNode {
  readonly textContent: string | null;
  readonly firstChild: DomNode | null;
}
interface DomElement extends DomNode {
  readonly className: string;
  readonly childElementCount: number;
  readonly innerText: string;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): DomRect;
  querySelectorAll(selector: string): Iterable<DomElement>;
}
interface DomRange {
  setStart(node: DomNode, offset: number): void;
  setEnd(node: DomNode, offset: number): void;
  getBoundingClientRect(): DomRect;
}
interface DomDocument {
  querySelectorAll(selector: string): Iterable<DomElement>;
  createRange(): DomRange;
}

/** Runs in the page: see Workbench.listRows. */
function readListRows(selector: string): ListRow[] {
  const document = (globalThis as unknown as { document: DomDocument }).document;
  const rows: ListRow[] = [];
  for (const row of document.querySelectorAll(selector)) {
    const box = row.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) {
      continue;
    }
    const flag = (name: string): boolean | undefined => {
      const value = row.getAttribute(name);
      return value === null ? undefined : value === 'true';
    };
    rows.push({
      level: Number(row.getAttribute('aria-level')),
      expanded: flag('aria-expanded'),
      checked: flag('aria-checked'),
      label: (row.getAttribute('aria-label') ?? row.textContent ?? '').replace(/\s+/g, ' ').trim(),
      text: row.innerText.replace(/\s+/g, ' ').trim(),
      rect: { x: box.x, y: box.y, width: box.width, height: box.height },
    });
  }
  return rows.sort((a, b) => a.rect.y - b.rect.y);
}

/** Runs in the page: see Workbench.findText. */
function findOnScreen(query: { text: string; before?: string; after?: string }): OnScreen[] {
  const document = (globalThis as unknown as { document: DomDocument }).document;
  // The editor renders spaces as no-break spaces; one character for one keeps the offsets.
  const plain = (text: string): string => text.replace(/\s/g, ' ');
  const found: { top: number; left: number; onScreen: OnScreen }[] = [];
  for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')) {
    const pieces: { span: DomElement; start: number; end: number }[] = [];
    let text = '';
    for (const span of line.querySelectorAll('span')) {
      if (span.childElementCount > 0) {
        continue;
      }
      const content = plain(span.textContent ?? '');
      pieces.push({ span, start: text.length, end: text.length + content.length });
      text += content;
    }
    for (let at = text.indexOf(query.text); at >= 0; at = text.indexOf(query.text, at + 1)) {
      const end = at + query.text.length;
      if ((query.before && !text.slice(0, at).endsWith(query.before)) || (query.after && !text.slice(end).startsWith(query.after))) {
        continue;
      }
      const covering = pieces.filter((p) => p.start < end && at < p.end);
      const first = covering[0];
      const last = covering[covering.length - 1];
      if (!first?.span.firstChild || !last?.span.firstChild) {
        continue;
      }
      const range = document.createRange();
      range.setStart(first.span.firstChild, at - first.start);
      range.setEnd(last.span.firstChild, end - last.start);
      const box = range.getBoundingClientRect();
      const rect = { x: box.x, y: box.y, width: box.width, height: box.height };
      found.push({
        top: rect.y,
        left: rect.x,
        onScreen: { rect, spans: covering.map((p) => ({ text: plain(p.span.textContent ?? ''), className: p.span.className })) },
      });
    }
  }
  return found.sort((a, b) => a.top - b.top || a.left - b.left).map((f) => f.onScreen);
}

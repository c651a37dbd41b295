// Adjudication in the editor: "Compare Annotations with…" another copy of the workspace or a git
// revision shows, in the article, where the other annotator's fact file disagrees with ours: each
// range outlined, and above it the two versions with "Keep mine", "Keep theirs" and (for two
// different spans) "Keep both". A choice is written to our fact file with the usual undoable write;
// the article's agreement figures, on its first line, are worked out again after each one.
import * as vscode from 'vscode';
import { type Adjudication, adjudicate, type Disagreement, type Resolution, resolutionEdits } from '../../core/agreement/adjudication';
import { NO_FACT } from '../../core/agreement/facts';
import type { FactFile } from '../../core/factFile/schema';
import type { Services } from '../services/services';
import { writeAnnotations } from '../services/writeAnnotations';
import { ARTICLE_LANGUAGE, COMMAND } from '../shell/contributions';
import { documentFor } from '../workspace/documents';
import { workspacePath } from '../workspace/paths';
import { askOtherSide, type OtherSide, readTheirs } from './theirs';

/** One article being compared: the other side's fact file, and what the annotator kept as it is. */
interface Comparison {
  label: string;
  theirs: FactFile;
  keptMine: Set<string>;
}

const COMPARING_CONTEXT = 'newsAnnotator.comparing';
/** How long the article is left untouched before its disagreements are worked out again. */
const TYPING_PAUSE_MS = 300;

class Comparisons implements vscode.Disposable {
  private readonly byArticle = new Map<string, Comparison>();
  private readonly last = new Map<string, { version: number; ours: FactFile | undefined; comparison: Comparison; result: Adjudication }>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly services: Services) {}

  get(document: vscode.TextDocument): Comparison | undefined {
    return this.byArticle.get(document.uri.toString());
  }

  start(document: vscode.TextDocument, comparison: Comparison): void {
    this.byArticle.set(document.uri.toString(), comparison);
    this.changedArticles();
  }

  stop(uri: string | undefined): void {
    if (uri === undefined) return;
    this.last.delete(uri);
    if (this.byArticle.delete(uri)) this.changedArticles();
  }

  private changedArticles(): void {
    void vscode.commands.executeCommand('setContext', COMPARING_CONTEXT, this.byArticle.size > 0);
    this.refresh();
  }

  refresh(): void {
    this.changed.fire();
  }

  /**
   * The disagreements in the article as it stands, with our fact file as the editor holds it now;
   * worked out once for each version of the two (the lenses and the outlines both ask).
   */
  adjudication(document: vscode.TextDocument, comparison = this.get(document)): Adjudication | undefined {
    if (!comparison) return undefined;
    const ours = this.services.openFactFiles.current(document);
    const last = this.last.get(document.uri.toString());
    if (last && last.version === document.version && last.ours === ours && last.comparison === comparison) return last.result;
    const result = adjudicate(workspacePath(document.uri), document.getText(), ours, comparison.theirs);
    this.last.set(document.uri.toString(), { version: document.version, ours, comparison, result });
    return result;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function figure(value: number | null | undefined): string {
  return value === null || value === undefined ? 'n/a' : value.toFixed(2);
}

function side(summary: string): string {
  return summary === NO_FACT ? vscode.l10n.t('nothing') : summary;
}

function what(d: Disagreement): string {
  switch (d.kind) {
    case 'span':
      return vscode.l10n.t('Marked');
    case 'attendance':
      return vscode.l10n.t('Attendance of {0}', d.id.slice(d.id.indexOf(':') + 1));
    case 'roles':
      return vscode.l10n.t('Roles of {0}', d.id.slice(d.id.indexOf(':') + 1));
  }
}

function describe(d: Disagreement): string {
  return vscode.l10n.t('{0}: mine {1} · theirs {2}', what(d), side(d.a.summary), side(d.b.summary));
}

const RESOLUTION_TITLES: Record<Resolution, () => string> = {
  keepA: () => vscode.l10n.t('Keep mine'),
  keepB: () => vscode.l10n.t('Keep theirs'),
  keepBoth: () => vscode.l10n.t('Keep both'),
};

function figuresLine(comparison: Comparison, adjudication: Adjudication, open: number): string {
  const a = adjudication.agreement;
  return vscode.l10n.t(
    'Compared with {0}: exact F1 {1}, overlap F1 {2}, κ {3}, α attendance {4}, α roles {5}; {6} disagreements to settle',
    comparison.label,
    figure(a.spans?.all.exact.f1),
    figure(a.spans?.all.overlap.f1),
    figure(a.tokens?.kappa),
    figure(a.attendance.alpha),
    figure(a.roles.alpha),
    open,
  );
}

/** The disagreements the annotator has not settled by keeping their own side. */
function open(comparison: Comparison, adjudication: Adjudication): Disagreement[] {
  return adjudication.disagreements.filter((d) => !comparison.keptMine.has(d.id));
}

function rangeOf(document: vscode.TextDocument, d: Disagreement): vscode.Range {
  return new vscode.Range(document.positionAt(d.start), document.positionAt(d.end));
}

class DisagreementLenses implements vscode.CodeLensProvider {
  readonly onDidChangeCodeLenses: vscode.Event<void>;

  constructor(private readonly comparisons: Comparisons) {
    this.onDidChangeCodeLenses = comparisons.onDidChange;
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const comparison = this.comparisons.get(document);
    const adjudication = this.comparisons.adjudication(document, comparison);
    if (!comparison || !adjudication) return [];
    const disagreements = open(comparison, adjudication);
    const top = new vscode.Range(0, 0, 0, 0);
    const lenses = [
      new vscode.CodeLens(top, { title: figuresLine(comparison, adjudication, disagreements.length), command: '' }),
      new vscode.CodeLens(top, { title: vscode.l10n.t('Stop comparing'), command: COMMAND.stopComparing, arguments: [document.uri.toString()] }),
    ];
    for (const d of disagreements) {
      const range = rangeOf(document, d);
      lenses.push(new vscode.CodeLens(range, { title: describe(d), command: '' }));
      for (const resolution of d.resolutions) {
        lenses.push(new vscode.CodeLens(range, { title: RESOLUTION_TITLES[resolution](), command: COMMAND.resolveDisagreement, arguments: [document.uri.toString(), d.id, resolution] }));
      }
    }
    return lenses;
  }
}

function registerDecorations(context: vscode.ExtensionContext, comparisons: Comparisons): void {
  const outline = vscode.window.createTextEditorDecorationType({
    borderColor: new vscode.ThemeColor('editorWarning.foreground'),
    borderStyle: 'dashed',
    borderWidth: '1px',
    overviewRulerColor: new vscode.ThemeColor('editorWarning.foreground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });
  const update = () => {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.languageId !== ARTICLE_LANGUAGE) continue;
      const comparison = comparisons.get(editor.document);
      const adjudication = comparisons.adjudication(editor.document, comparison);
      const options = comparison && adjudication ? open(comparison, adjudication).map((d) => ({ range: rangeOf(editor.document, d), hoverMessage: describe(d) })) : [];
      editor.setDecorations(outline, options);
    }
  };
  context.subscriptions.push(outline, comparisons.onDidChange(update), vscode.window.onDidChangeVisibleTextEditors(update));
}

async function articleFor(uri?: string): Promise<vscode.TextDocument | undefined> {
  const document = uri ? await documentFor(uri) : vscode.window.activeTextEditor?.document;
  if (document?.languageId === ARTICLE_LANGUAGE) return document;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open an article to compare its annotations.'));
  return undefined;
}

async function compare(comparisons: Comparisons, uri?: string, other?: OtherSide): Promise<boolean> {
  const document = await articleFor(uri);
  if (!document) return false;
  const chosen = other ?? (await askOtherSide());
  if (!chosen) return false;
  const theirs = await readTheirs(document.uri, chosen);
  if (!theirs.ok) {
    void vscode.window.showErrorMessage(theirs.reason);
    return false;
  }
  comparisons.start(document, { label: theirs.label, theirs: theirs.factFile, keptMine: new Set() });
  return true;
}

/** Settles one disagreement: keeping ours only hides it; the others write our fact file. */
async function resolve(services: Services, comparisons: Comparisons, uri: string, id: string, resolution: Resolution): Promise<boolean> {
  const document = await documentFor(uri);
  const comparison = comparisons.get(document);
  const disagreement = comparisons.adjudication(document, comparison)?.disagreements.find((d) => d.id === id);
  if (!comparison || !disagreement) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This disagreement is no longer there: the fact files changed since it was shown.'));
    return false;
  }
  if (resolution === 'keepA') {
    comparison.keptMine.add(id);
    comparisons.refresh();
    return true;
  }
  const written = await writeAnnotations(services, document, resolutionEdits(disagreement, resolution));
  comparisons.refresh();
  return written;
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  const comparisons = new Comparisons(services);
  let typing: ReturnType<typeof setTimeout> | undefined;
  context.subscriptions.push(
    comparisons,
    vscode.languages.registerCodeLensProvider({ language: ARTICLE_LANGUAGE }, new DisagreementLenses(comparisons)),
    // Our fact file written (by a choice here, an undo, any command) or the article edited: shown again.
    services.index.onDidChange(() => comparisons.refresh()),
    // While the article is typed in, once the typing pauses: each comparison reads the whole article.
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!comparisons.get(e.document)) return;
      clearTimeout(typing);
      typing = setTimeout(() => comparisons.refresh(), TYPING_PAUSE_MS);
    }),
    new vscode.Disposable(() => clearTimeout(typing)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      comparisons.stop(document.uri.toString());
    }),
    services.commands.register(COMMAND.compareAnnotations, (uri?: string, other?: OtherSide) => compare(comparisons, uri, other)),
    services.commands.register(COMMAND.resolveDisagreement, (uri: string, id: string, resolution: Resolution) => resolve(services, comparisons, uri, id, resolution)),
    // By URI, without opening the article: it may be closed or deleted already.
    services.commands.register(COMMAND.stopComparing, (uri?: string) => comparisons.stop(uri ?? vscode.window.activeTextEditor?.document.uri.toString())),
  );
  registerDecorations(context, comparisons);
}

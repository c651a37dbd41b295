// Activation sets up only what must exist at once: the commands, as thin handlers, the Summits and
// Leaders view, and the switch of article files to the article language. The features (src/
// features.ts, bundled apart with zod and yaml) are loaded when an article, a fact file, a command
// or the view first needs them: a window that opens plain text elsewhere never pays for them.
import * as vscode from 'vscode';
import * as articleFiles from './editor/shell/articleFiles';
import { ARTICLE_LANGUAGE, COMMANDS, FACTS_VIEW } from './editor/shell/contributions';
import type { Services } from './editor/services/services';
import { CommandTable, DeferredTreeProvider, type Shell } from './editor/shell/shell';
import { isFactFilePath, FACT_FILE_GLOB, FACT_FILE_SCAN_EXCLUDE } from './core/factFile/paths';
import type * as Features from './features';

/** What the extension exports to other extensions and to its tests. */
export interface NewsAnnotatorApi {
  /** The running features, loaded first if nothing has needed them yet. */
  services(): Services;
  /** The Summits and Leaders view, and the provider it draws from. */
  readonly factsView: vscode.TreeView<unknown>;
  readonly factsTree: vscode.TreeDataProvider<unknown>;
}

function needsFeatures(document: vscode.TextDocument): boolean {
  return document.languageId === ARTICLE_LANGUAGE || isFactFilePath(document.uri.path);
}

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  let services: Services | undefined;
  const load = (): Services => {
    if (services) return services;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first need, from its own bundle
      const features = require('./features.js') as typeof Features;
      services = features.start(context, shell);
      return services;
    } catch (error) {
      // VS Code does not tell the user why an extension failed to start; say it here.
      void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator failed to start: {0}', String(error)));
      throw error;
    }
  };

  const commands = new CommandTable();
  const factsTree = new DeferredTreeProvider<unknown>(load);
  const factsView = vscode.window.createTreeView<unknown>(FACTS_VIEW, { treeDataProvider: factsTree, showCollapseAll: true });
  const shell: Shell = { commands, factsTree, factsView };
  context.subscriptions.push(factsTree, factsView);
  for (const id of COMMANDS) {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, (...args: unknown[]) => {
        load();
        const handler = commands.get(id);
        if (!handler) throw new Error(`News Annotator has no handler for ${id}`);
        return handler(...args);
      }),
    );
  }
  articleFiles.register(context);

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (needsFeatures(document)) load();
    }),
  );
  // An article or fact file already open, or fact files to index for the view and the Problems
  // panel: the features are needed now, and load right after activation returns.
  if (vscode.workspace.textDocuments.some(needsFeatures)) {
    setTimeout(load, 0);
  } else {
    vscode.workspace.findFiles(FACT_FILE_GLOB, FACT_FILE_SCAN_EXCLUDE, 1).then(
      (found) => found.length > 0 && load(),
      () => undefined, // a failed search leaves the features to the first article or command
    );
  }
  return { services: load, factsView, factsTree };
}

export function deactivate(): void {}

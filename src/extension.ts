import * as vscode from 'vscode';
import { z } from 'zod';
import { ArticleAnalysis } from './editor/articleAnalysis';
import * as articleFiles from './editor/articleFiles';
import * as reloadKnowledgeBase from './editor/commands/reloadKnowledgeBase';
import { KnowledgeBaseService } from './editor/knowledgeBaseService';
import * as semanticTokens from './editor/semanticTokens';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // zod's compiled validators probe `navigator`, which the extension host reports as a pending
  // migration; the interpreted validators are as correct and fast enough for sidecar-sized input.
  z.config({ jitless: true });
  try {
    const knowledgeBase = new KnowledgeBaseService();
    const analysis = new ArticleAnalysis(knowledgeBase);
    context.subscriptions.push(knowledgeBase, analysis);

    articleFiles.register(context);
    semanticTokens.register(context, analysis);
    reloadKnowledgeBase.register(context, knowledgeBase);

    // The bundled knowledge base is usable at once; the workspace's file follows.
    void knowledgeBase.reload();
  } catch (error) {
    // VS Code does not tell the user why an extension failed to start; say it here.
    void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator failed to start: {0}', String(error)));
    throw error;
  }
}

export function deactivate(): void {}

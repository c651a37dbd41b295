// The workspace's own knowledge-base file as annotations change it: which file an article's folder
// uses, and an entity added to it in the same undoable edit as the fact file that names it.
import * as vscode from 'vscode';
import { addEntityToKnowledgeBaseFile } from '../../core/knowledgeBase/editFile';
import type { EntityInput } from '../../core/knowledgeBase/schema';
import type { CompanionEdit } from '../factFiles/writer';
import { describeProblems } from '../ui/problems';
import type { Services } from './services';

/** The knowledge-base file of the article's workspace folder (whether it exists or not); undefined without a folder. */
export function knowledgeBaseFileOf(services: Services, article: vscode.TextDocument): vscode.Uri | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(article.uri)?.uri.toString();
  const files = services.knowledgeBase.files();
  return files.find((f) => vscode.workspace.getWorkspaceFolder(f)?.uri.toString() === folder) ?? files[0];
}

/** Adds an entity to a workspace knowledge-base file, kept with its comments; refused, with its problems, when the file has errors. */
export function addToKnowledgeBase(uri: vscode.Uri, entity: EntityInput): CompanionEdit {
  return {
    uri,
    edit: (text) => {
      const result = addEntityToKnowledgeBaseFile(text, vscode.workspace.asRelativePath(uri, false), entity);
      return result.ok ? { ok: true, text: result.text } : { ok: false, reason: vscode.l10n.t('The workspace knowledge base was not changed: {0}', describeProblems(result.problems)) };
    },
  };
}

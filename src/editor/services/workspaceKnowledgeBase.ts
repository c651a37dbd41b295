// The workspace's own knowledge-base file as annotations change it: which file an article's folder
// uses, and an entity added to it in the same undoable edit as the fact file that names it.
import * as vscode from 'vscode';
import { addEntityToKnowledgeBaseFile } from '../../core/knowledgeBase/editFile';
import type { EntityInput } from '../../core/knowledgeBase/schema';
import { minimalReplacement } from '../../core/text/minimalReplacement';
import type { CompanionEdit } from '../factFiles/writer';
import { describeProblems } from '../ui/problems';
import { readTextIfExists } from '../workspace/files';
import type { Services } from './services';

/** The knowledge-base file of the article's workspace folder (whether it exists or not); undefined without a folder. */
export function knowledgeBaseFileOf(services: Services, article: vscode.TextDocument): vscode.Uri | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(article.uri)?.uri.toString();
  const files = services.knowledgeBase.files();
  return files.find((f) => vscode.workspace.getWorkspaceFolder(f)?.uri.toString() === folder) ?? files[0];
}

/** Adds an entity to a workspace knowledge-base file, kept with its comments, alongside a fact file's edit. */
export class AddToKnowledgeBase implements CompanionEdit {
  private change?: { document?: vscode.TextDocument; wasDirty: boolean; text: string };

  constructor(
    private readonly uri: vscode.Uri,
    private readonly entity: EntityInput,
  ) {}

  async prepare(): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri.toString());
    const before = open ? open.getText() : await readTextIfExists(this.uri);
    const result = addEntityToKnowledgeBaseFile(before, vscode.workspace.asRelativePath(this.uri, false), this.entity);
    if (!result.ok) return vscode.l10n.t('The workspace knowledge base was not changed: {0}', describeProblems(result.problems));
    const document = before === undefined ? undefined : (open ?? (await vscode.workspace.openTextDocument(this.uri)));
    this.change = { document, wasDirty: document?.isDirty ?? false, text: result.text };
    return undefined;
  }

  addTo(edit: vscode.WorkspaceEdit): void {
    if (!this.change) throw new Error('the knowledge-base change was not prepared');
    const { document, text } = this.change;
    if (!document) {
      edit.createFile(this.uri, { contents: new TextEncoder().encode(text) });
      return;
    }
    const { start, end, replacement } = minimalReplacement(document.getText(), text);
    edit.replace(this.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)), replacement);
  }

  async applied(): Promise<void> {
    // Unsaved edits of the person's own stay unsaved, as in fact files: saving them is their call.
    if (this.change?.document && !this.change.wasDirty) await this.change.document.save();
  }
}

// An annotation written into a fact file that has unsaved edits is only in the editor until that
// file is saved: closing it without saving loses it. The user is told when it happens, with a way
// to save, and a status bar item stays while any such file is unsaved.
import * as vscode from 'vscode';
import type { Services } from '../services/services';
import { fileName } from '../workspace/paths';

export function register(context: vscode.ExtensionContext, services: Services): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('newsAnnotator.unsavedAnnotations', vscode.StatusBarAlignment.Right, 101);
  item.name = vscode.l10n.t('News Annotator unsaved annotations');
  item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
  context.subscriptions.push(item);
  const update = () => {
    const files = services.writer.unsavedFactFiles();
    if (files.length === 0) {
      item.hide();
      return;
    }
    const names = files.map((uri) => vscode.workspace.asRelativePath(uri));
    item.text = `$(warning) ${files.length === 1 ? vscode.l10n.t('Annotations not saved: {0}', fileName(files[0].path)) : vscode.l10n.t('Annotations not saved in {0} fact files', files.length)}`;
    item.tooltip = vscode.l10n.t('Annotations are waiting in fact files with unsaved changes, not on disk: {0}. Save those files to keep them; closing them without saving loses them. Click to open.', names.join(', '));
    item.command = { title: vscode.l10n.t('Open'), command: 'vscode.open', arguments: [files[0]] };
    item.show();
  };
  context.subscriptions.push(
    services.writer.onDidChangeUnsaved((uri) => {
      update();
      if (uri) void tell(uri);
    }),
  );
  update();
  return item;
}

/** Says where the annotation is waiting, and offers to save that file or show it. */
async function tell(uri: vscode.Uri): Promise<void> {
  const save = vscode.l10n.t('Save');
  const show = vscode.l10n.t('Show');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('The annotation was written into {0}, which has unsaved changes: it is not on disk until you save that file.', vscode.workspace.asRelativePath(uri)),
    save,
    show,
  );
  if (choice === save) await vscode.workspace.save(uri);
  else if (choice === show) await vscode.window.showTextDocument(uri, { preview: false });
}

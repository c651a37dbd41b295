// Records when an article was published, for datelines without a year ("MOSCOW, November 23"):
// dates written without a year then take this one.
import * as vscode from 'vscode';
import { PartialIsoDate } from '../../../core/knowledgeBase/schema';
import type { Services } from '../../services/services';
import { writeAnnotations } from '../../services/writeAnnotations';
import { documentFor } from '../../workspace/documents';
import { COMMAND } from '../../shell/contributions';

async function setPublicationDate(services: Services, uri?: string, date?: string): Promise<boolean> {
  const document = uri ? await documentFor(uri) : vscode.window.activeTextEditor?.document;
  if (!document) return false;
  const current = services.openFactFiles.cached(document.uri)?.article.published;
  const value =
    date ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('Publication date of this article'),
      value: current ?? '',
      placeHolder: 'YYYY-MM-DD',
      validateInput: (v) => (PartialIsoDate.safeParse(v.trim()).success ? undefined : vscode.l10n.t('A date as YYYY-MM-DD (or YYYY-MM, YYYY).')),
    }));
  if (!value || !PartialIsoDate.safeParse(value.trim()).success) return false;
  return writeAnnotations(services, document, [{ kind: 'setArticle', patch: { published: value.trim() } }]);
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(services.commands.register(COMMAND.setPublicationDate, (uri?: string, date?: string) => setPublicationDate(services, uri, date)));
}

// The words for mention types, shared by the hover cards and the diagnostics.
import * as vscode from 'vscode';
import type { MentionType } from '../core/recognizer/mention';

export function typeLabel(type: MentionType): string {
  switch (type) {
    case 'person':
      return vscode.l10n.t('person');
    case 'organization':
      return vscode.l10n.t('organization');
    case 'place':
      return vscode.l10n.t('place');
    case 'event':
      return vscode.l10n.t('event');
    case 'date':
      return vscode.l10n.t('date');
    case 'candidate':
      return vscode.l10n.t('candidate');
  }
}

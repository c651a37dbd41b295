// How an attendance status looks and reads wherever it is shown: the tree's icons, the hover cards,
// the quick fixes and the messages.
import * as vscode from 'vscode';
import type { AttendanceStatus } from '../../core/factFile/schema';
import { iconSyntax } from './icons';

const ICONS: Record<AttendanceStatus, { icon: string; color?: string }> = {
  attended: { icon: 'pass', color: 'charts.green' },
  expected: { icon: 'clock' },
  absent: { icon: 'circle-slash', color: 'charts.red' },
  uncertain: { icon: 'question' },
};

export function statusIcon(status: AttendanceStatus): vscode.ThemeIcon {
  const { icon, color } = ICONS[status];
  return new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
}

/** The `$(icon)` syntax for markdown with theme icons. */
export function statusIconSyntax(status: AttendanceStatus): string {
  return iconSyntax(ICONS[status].icon);
}

/** The status on its own: "Vladimir Putin: attended". */
export function statusLabel(status: AttendanceStatus): string {
  switch (status) {
    case 'attended':
      return vscode.l10n.t('attended');
    case 'expected':
      return vscode.l10n.t('expected');
    case 'absent':
      return vscode.l10n.t('absent');
    case 'uncertain':
      return vscode.l10n.t('uncertain');
  }
}

/**
 * The status as a sentence about a person and a summit: "Vladimir Putin was expected at CSTO
 * summit, Yerevan 2022". Whole sentences, so that each language can put the words in its own order.
 */
export function attendanceSentence(status: AttendanceStatus, person: string, summit: string): string {
  switch (status) {
    case 'attended':
      return vscode.l10n.t('{0} attended {1}', person, summit);
    case 'expected':
      return vscode.l10n.t('{0} was expected at {1}', person, summit);
    case 'absent':
      return vscode.l10n.t('{0} was absent from {1}', person, summit);
    case 'uncertain':
      return vscode.l10n.t('{0} attendance uncertain at {1}', person, summit);
  }
}

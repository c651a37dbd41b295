// How an attendance status looks wherever it is shown: the tree's icons and the hover cards.
import * as vscode from 'vscode';
import type { AttendanceStatus } from '../../core/factFile/schema';

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
  return `$(${ICONS[status].icon})`;
}

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

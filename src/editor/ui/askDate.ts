// The ISO value of a date, asked of the annotator: for a selection annotated as a date, and for a
// recognized date the article gives no value for (a weekday when the article's date is not known).
import * as vscode from 'vscode';
import { isoDateProblem } from '../../core/annotation/dates';

/** The value typed, trimmed and checked as a fact file holds it; undefined when dismissed. */
export async function askDate(text: string, suggested: string | undefined): Promise<string | undefined> {
  const iso = await vscode.window.showInputBox({
    title: vscode.l10n.t('Annotate “{0}” as the date', text),
    prompt: vscode.l10n.t('A day, a month, a year, or a range: 2024-11-28, 2024-11, 2024, 2024-11-27/2024-11-28'),
    value: suggested ?? '',
    validateInput: (value) => isoDateProblem(value.trim()),
  });
  return iso?.trim();
}

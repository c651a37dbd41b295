// A problem found in a file (knowledge base, fact file) as the editor shows it.
import * as vscode from 'vscode';
import type { Problem } from '../../core/problems';

export function problemDiagnostic(p: Problem): vscode.Diagnostic {
  const at = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
  // A problem of several lines (a merge conflict) covers them all, to the start of the next line.
  const end = p.endLine !== undefined && p.endLine > p.line ? new vscode.Position(p.endLine, 0) : at.translate(0, 1);
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(at, end),
    p.field ? `${p.field}: ${p.message}` : p.message,
    p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = 'News Annotator';
  return diagnostic;
}

export function describeProblems(problems: Problem[]): string {
  const [first] = problems;
  if (!first) return '';
  const more = problems.length > 1 ? vscode.l10n.t(' (and {0} more)', problems.length - 1) : '';
  return `${first.file}:${first.line}: ${first.field ? `${first.field}: ` : ''}${first.message}${more}`;
}

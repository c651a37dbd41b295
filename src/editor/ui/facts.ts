// How a fact reads in a message: "Vladimir Putin attended CSTO summit, Yerevan 2022", "the summit
// in Minsk on 2023-11-23", "Alexander Lukashenko as President".
import * as vscode from 'vscode';
import type { Fact } from '../../core/factFile/schema';
import { attendanceSentence } from './attendance';

export function describeFact(fact: Fact, nameOf: (id: string) => string): string {
  switch (fact.type) {
    case 'attendance':
      return attendanceSentence(fact.status, nameOf(fact.person), nameOf(fact.event));
    case 'summit':
      return fact.event ? vscode.l10n.t('the summit {0}', nameOf(fact.event)) : vscode.l10n.t('the summit in {0} on {1}', nameOf(fact.city), fact.start);
    case 'role':
      return vscode.l10n.t('{0} as {1}', nameOf(fact.person), fact.role);
  }
}

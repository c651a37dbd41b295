// The knowledge base's commands: reload it, and add a name it does not know.
import type * as vscode from 'vscode';
import type { Services } from '../services/services';
import * as addCandidate from './addCandidate';
import * as reloadKnowledgeBase from './reloadKnowledgeBase';

export function register(context: vscode.ExtensionContext, services: Services): void {
  reloadKnowledgeBase.register(context, services);
  addCandidate.register(context, services);
}

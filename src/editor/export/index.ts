// Export of the annotated dataset from the editor (the same core export as the command line's).
import type * as vscode from 'vscode';
import type { Services } from '../services/services';
import * as exportDataset from './exportDataset';

export function register(context: vscode.ExtensionContext, services: Services): void {
  exportDataset.register(context, services);
}

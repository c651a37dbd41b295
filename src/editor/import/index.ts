// Import of annotations made elsewhere, from the editor (the same core import as the command line's).
import type * as vscode from 'vscode';
import type { Services } from '../services/services';
import * as importAnnotations from './importAnnotations';

export function register(context: vscode.ExtensionContext, services: Services): void {
  importAnnotations.register(context, services);
}

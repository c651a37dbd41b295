import type * as vscode from 'vscode';
import type { Services } from './services';

export function register(_context: vscode.ExtensionContext, _services: Services): void {}

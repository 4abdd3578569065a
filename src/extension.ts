// Desktop entry point (package.json "main"): News Lens with its analysis in a Node worker thread (dist/worker.js, the
// same worker bundle browsers run as a Web Worker).
import * as vscode from 'vscode';
import { nodeWorkerPorts } from './editor/nodeWorkerPort';
import { activateNewsLens, type NewsLensApi } from './newsLens';

export type { NewsLensApi } from './newsLens';

/** Called by VS Code when an article language (news, plain text, Markdown) opens or a News Lens view/command is used. */
export function activate(context: vscode.ExtensionContext): NewsLensApi {
  return activateNewsLens(context, nodeWorkerPorts(vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath));
}

/** Everything is in `context.subscriptions`; nothing else to release. */
export function deactivate(): void {}

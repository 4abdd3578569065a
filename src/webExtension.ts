// Browser entry point (package.json "browser": vscode.dev, github.dev; code-server runs the desktop entry on its
// server): News Lens with its analysis in a Web Worker running dist/worker.js, the same worker bundle the desktop runs
// as a thread. Reaches no Node built-in; the esbuild browser build fails if it ever does.
import * as vscode from 'vscode';
import { webWorkerPorts } from './editor/webWorkerPort';
import { activateNewsLens, type NewsLensApi } from './newsLens';

/** Called by VS Code's web extension host on the same activation events as the desktop entry point. */
export function activate(context: vscode.ExtensionContext): NewsLensApi {
  return activateNewsLens(context, webWorkerPorts(vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').toString(true)));
}

/** Everything is in `context.subscriptions`; nothing else to release. */
export function deactivate(): void {}

// Writes a `newsLens.*` setting the way every News Lens command does, so a workspace's choice is never shadowed.
import * as vscode from 'vscode';
import { CONFIG_SECTION } from './newsLensConfig';

/** Updates `newsLens.<key>` in the workspace settings if the workspace sets it, otherwise in the user settings. */
export async function writeSetting(key: string, value: unknown): Promise<void> {
  const configuration = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const target = configuration.inspect(key)?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await configuration.update(key, value, target);
}

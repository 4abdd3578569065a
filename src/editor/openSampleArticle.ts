// The walkthrough's first step: the sample article that ships in the VSIX, opened as an unsaved copy to play with.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** Where the sample lives inside the installed extension (.vscodeignore lets it into the VSIX). */
const SAMPLE_ARTICLE = path.join('examples', 'sample-article.news');

/** Opens a copy of the sample article in the `news` language, so renames and edits never touch the installed file. */
export async function openSampleArticle(extensionPath: string): Promise<vscode.TextEditor> {
  const content = await fs.readFile(path.join(extensionPath, SAMPLE_ARTICLE), 'utf8');
  const document = await vscode.workspace.openTextDocument({ language: 'news', content });
  return vscode.window.showTextDocument(document, { preview: false });
}

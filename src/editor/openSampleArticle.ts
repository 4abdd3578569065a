// The walkthrough's first step: the sample article that ships in the VSIX, opened as an unsaved copy to play with.
import * as vscode from 'vscode';

/** Where the sample lives inside the installed extension (.vscodeignore lets it into the VSIX). */
const SAMPLE_ARTICLE = ['examples', 'sample-article.news'];

/**
 * Opens a copy of the sample article in the `news` language, so renames and edits never touch the installed file.
 * Read through workspace.fs, which reaches the extension's files on the desktop and in a browser alike.
 */
export async function openSampleArticle(extensionUri: vscode.Uri): Promise<vscode.TextEditor> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...SAMPLE_ARTICLE));
  const document = await vscode.workspace.openTextDocument({ language: 'news', content: new TextDecoder().decode(bytes) });
  return vscode.window.showTextDocument(document, { preview: false });
}

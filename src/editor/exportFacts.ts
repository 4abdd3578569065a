// "News Lens: Export Facts…": the active article's facts as Markdown, CSV or JSON in a new untitled editor.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { formatReport } from '../format';
import type { AnalysisCache } from './analysisCache';
import type { ArticleFilter } from './articleFilter';

/** The formats the export offers, and the editor language each opens in. */
export type ExportFormat = 'md' | 'csv' | 'json';

const CHOICES: readonly { format: ExportFormat; label: string; language: string; extension: string }[] = [
  { format: 'md', label: 'Markdown', language: 'markdown', extension: 'md' },
  { format: 'csv', label: 'CSV', language: 'csv', extension: 'csv' },
  { format: 'json', label: 'JSON', language: 'json', extension: 'json' },
];

/** Runs the export; `format` skips the quick pick (for keybindings and tests). Returns the new editor, if any. */
export async function exportFacts(
  cache: AnalysisCache, filter: ArticleFilter, format?: ExportFormat, uri?: vscode.Uri,
): Promise<vscode.TextEditor | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || !filter.isArticle(document)) {
    void vscode.window.showInformationMessage('News Lens: open a news article to export its facts.');
    return undefined;
  }
  const choice = typeof format === 'string' ? CHOICES.find((candidate) => candidate.format === format) : await pickFormat();
  if (!choice) return undefined;
  const analysis = await cache.analysisFor(document);
  if (!analysis) {
    void vscode.window.showWarningMessage('News Lens: this article could not be analysed; see the "News Lens" output.');
    return undefined;
  }
  const title = path.basename(document.uri.path) || document.uri.toString();
  const content = formatReport(analysis, choice.format, { title, text: document.getText() });
  const languages = await vscode.languages.getLanguages();
  const language = languages.includes(choice.language) ? choice.language : 'plaintext';
  return showReport(`${title} facts.${choice.extension}`, language, content);
}

/** Shows the report in an untitled editor named after the article ("seed.news facts.csv", which Save proposes);
 *  a report of that name still open is refreshed rather than duplicated. A named untitled document is also never
 *  confused with an "Untitled-N" draft that VS Code is still closing. */
async function showReport(name: string, language: string, content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: name }));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  await editor.edit((edit) => edit.replace(whole, content));
  if (document.languageId !== language) await vscode.languages.setTextDocumentLanguage(document, language);
  return vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor : editor;
}

async function pickFormat() {
  return vscode.window.showQuickPick(CHOICES, { title: 'News Lens: Export Facts', placeHolder: 'Choose a report format' });
}

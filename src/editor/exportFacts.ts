// "News Lens: Export Facts…": the active article's facts as Markdown, CSV or JSON in a new untitled editor.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { formatReport } from '../format';
import type { AnalysisCache } from './analysisCache';
import type { ArticleFilter } from './articleFilter';

/** The formats the export offers, and the editor language each opens in. */
export type ExportFormat = 'md' | 'csv' | 'json';

const CHOICES: readonly { format: ExportFormat; label: string; language: string }[] = [
  { format: 'md', label: 'Markdown', language: 'markdown' },
  { format: 'csv', label: 'CSV', language: 'csv' },
  { format: 'json', label: 'JSON', language: 'json' },
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
  const report = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(report, { preview: false });
}

async function pickFormat() {
  return vscode.window.showQuickPick(CHOICES, { title: 'News Lens: Export Facts', placeHolder: 'Choose a report format' });
}

// "Export Facts…" and "Copy Fact Sheet": the active article's facts in a new untitled editor, or on the clipboard.
import * as vscode from 'vscode';
import type { Analysis } from '../engine/types';
import type { ReportSource } from '../format';
import type { AnalysisCache } from './analysisCache';
import type { ArticleFilter } from './articleFilter';
import { documentName } from './documentName';
import { EXPORT_RENDERINGS, FACT_SHEET_RENDERINGS, type ExportFormat, type FactRendering, type FactSheetFormat } from './factRenderings';

export type { ExportFormat, FactSheetFormat } from './factRenderings';

/** Runs the export; `format` skips the quick pick (for keybindings and tests). Returns the new editor, if any. */
export async function exportFacts(
  cache: AnalysisCache, filter: ArticleFilter, format?: ExportFormat, uri?: vscode.Uri,
): Promise<vscode.TextEditor | undefined> {
  const article = await analysedArticle(cache, filter, uri, 'export its facts');
  const rendering = article && await chooseRendering(EXPORT_RENDERINGS, format, 'News Lens: Export Facts');
  if (!article || !rendering) return undefined;
  const languages = await vscode.languages.getLanguages();
  const language = languages.includes(rendering.language) ? rendering.language : 'plaintext';
  return showReport(`${article.source.title} ${rendering.fileSuffix}`, language, rendering.render(article.analysis, article.source));
}

/** Copies the fact sheet to the clipboard; `format` skips the quick pick. Returns the text copied, if any. */
export async function copyFactSheet(
  cache: AnalysisCache, filter: ArticleFilter, format?: FactSheetFormat, uri?: vscode.Uri,
): Promise<string | undefined> {
  const article = await analysedArticle(cache, filter, uri, 'copy its fact sheet');
  const rendering = article && await chooseRendering(FACT_SHEET_RENDERINGS, format, 'News Lens: Copy Fact Sheet');
  if (!article || !rendering) return undefined;
  const sheet = rendering.render(article.analysis, article.source);
  await vscode.env.clipboard.writeText(sheet);
  vscode.window.setStatusBarMessage(`News Lens: fact sheet of ${article.source.title} copied as ${rendering.label}`, 4000);
  return sheet;
}

/** The article (the given one, else the active editor's) with its analysis, or undefined after telling the user why. */
async function analysedArticle(cache: AnalysisCache, filter: ArticleFilter, uri: vscode.Uri | undefined, action: string) {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || !filter.isArticle(document)) {
    void vscode.window.showInformationMessage(`News Lens: open a news article to ${action}.`);
    return undefined;
  }
  const analysis: Analysis | undefined = await cache.analysisFor(document);
  if (!analysis) {
    void vscode.window.showWarningMessage('News Lens: this article could not be analysed; see the "News Lens" output.');
    return undefined;
  }
  const source: ReportSource = { title: documentName(document.uri), text: document.getText() };
  return { analysis, source };
}

async function chooseRendering<F extends string>(renderings: Readonly<Record<F, FactRendering>>, format: F | undefined, title: string) {
  if (typeof format === 'string') return renderings[format] as FactRendering | undefined;
  return vscode.window.showQuickPick(Object.values<FactRendering>(renderings), { title, placeHolder: 'Choose a format' });
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

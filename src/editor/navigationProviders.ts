// Registers the language features that navigate a draft by its facts: highlights, references, rename, outline.
import * as vscode from 'vscode';
import { ARTICLE_SCHEME_SELECTOR } from './articleFilter';
import type { ArticleAnswers } from './articleAnswers';
import { FactHighlightProvider } from './factHighlightProvider';
import { FactReferenceProvider } from './factReferenceProvider';
import { FactRenameProvider } from './factRenameProvider';
import { FactSymbolProvider } from './factSymbolProvider';

/** One registration per feature; each provider itself answers only for articles. */
export function registerNavigationProviders(answers: ArticleAnswers): vscode.Disposable[] {
  return [
    vscode.languages.registerDocumentHighlightProvider(ARTICLE_SCHEME_SELECTOR, new FactHighlightProvider(answers)),
    vscode.languages.registerReferenceProvider(ARTICLE_SCHEME_SELECTOR, new FactReferenceProvider(answers)),
    vscode.languages.registerRenameProvider(ARTICLE_SCHEME_SELECTOR, new FactRenameProvider(answers)),
    vscode.languages.registerDocumentSymbolProvider(ARTICLE_SCHEME_SELECTOR, new FactSymbolProvider(answers), { label: 'News Lens' }),
  ];
}

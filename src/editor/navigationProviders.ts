// Registers the language features that navigate a draft by its facts: highlights, references, rename, outline.
import * as vscode from 'vscode';
import { articleSchemeSelector } from './articleFilter';
import type { ArticleAnswers } from './articleAnswers';
import { FactHighlightProvider } from './factHighlightProvider';
import { FactReferenceProvider } from './factReferenceProvider';
import { FactRenameProvider } from './factRenameProvider';
import { FactSymbolProvider } from './factSymbolProvider';

/** One registration per feature; each provider itself answers only for articles. VS Code asks for the outline again
 *  only when the text changes, or when its providers do: when `factsChanged` fires without an edit (a correction), the
 *  outline's provider is registered anew, so the Outline and breadcrumbs show the new facts. */
export function registerNavigationProviders(answers: ArticleAnswers, factsChanged?: vscode.Event<void>): vscode.Disposable[] {
  const symbols = new FactSymbolProvider(answers);
  const registerSymbols = () => vscode.languages.registerDocumentSymbolProvider(articleSchemeSelector(), symbols, { label: 'News Lens' });
  let outline = registerSymbols();
  return [
    vscode.languages.registerDocumentHighlightProvider(articleSchemeSelector(), new FactHighlightProvider(answers)),
    vscode.languages.registerReferenceProvider(articleSchemeSelector(), new FactReferenceProvider(answers)),
    vscode.languages.registerRenameProvider(articleSchemeSelector(), new FactRenameProvider(answers)),
    { dispose: () => outline.dispose() },
    ...(factsChanged ? [factsChanged(() => { outline.dispose(); outline = registerSymbols(); })] : []),
  ];
}

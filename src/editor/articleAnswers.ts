// The one gate every language feature passes: articles only, the shared cached analysis, and errors logged, never thrown.
import * as vscode from 'vscode';
import type { Analysis } from '../engine/types';
import type { AnalysisCache } from './analysisCache';
import type { ArticleFilter } from './articleFilter';

/** Runs a provider's work on an article's analysis; non-articles, missing analyses and failures all answer `undefined`. */
export class ArticleAnswers {
  constructor(
    private readonly cache: AnalysisCache,
    private readonly filter: ArticleFilter,
    private readonly log: (message: string) => void,
  ) {}

  /** With the analysis already cached for this version only: for features that follow the cursor on every keystroke. */
  fromCache<T>(document: vscode.TextDocument, feature: string, work: (analysis: Analysis) => T): T | undefined {
    if (!this.filter.isArticle(document)) return undefined;
    return this.guard(feature, () => {
      const analysis = this.cache.get(document);
      return analysis && work(analysis);
    });
  }

  /** Waiting for the current version's analysis: for features the user asks for (references, rename, outline). */
  async awaited<T>(document: vscode.TextDocument, feature: string, work: (analysis: Analysis) => T): Promise<T | undefined> {
    if (!this.filter.isArticle(document)) return undefined;
    try {
      const analysis = await this.cache.analysisFor(document);
      return this.guard(feature, () => analysis && work(analysis));
    } catch (error) {
      this.log(`${feature} failed for ${document.uri.toString(true)}: ${String(error)}`);
      return undefined;
    }
  }

  private guard<T>(feature: string, work: () => T | undefined): T | undefined {
    try {
      return work();
    } catch (error) {
      this.log(`${feature} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return undefined;
    }
  }
}

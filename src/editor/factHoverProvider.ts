// Hover cards for mentions; reads only the cached analysis of the current version, never starts one.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { hoverCard } from './hoverCard';
import { mentionRange } from './mentionRanges';
import { mentionsAt } from './mentionsAt';

/** Answers a hover inside a mention with a card for it (and for any mention around it, such as the quote it is in). */
export class FactHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.cache.get(document);
    if (!analysis) return undefined;
    const containing = mentionsAt(analysis, document.offsetAt(position));
    if (containing.length === 0) return undefined;
    const cards = containing.slice(0, 3).map((index) => hoverCard(document, analysis, index));
    return new vscode.Hover(cards, mentionRange(document, analysis.mentions[containing[0]]));
  }
}

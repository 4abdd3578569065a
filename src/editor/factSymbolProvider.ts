// Outline, breadcrumbs and Go to Symbol: the article's facts, one container per kind, each fact at its first mention.
import * as vscode from 'vscode';
import { FACT_KINDS, type Analysis, type FactKind } from '../engine/types';
import { describeFigureValue, entityNameOf, groupFacts, KIND_LABELS, oneLine, type FactGroup } from '../format/factGroups';
import type { ArticleAnswers } from './articleAnswers';
import { mentionRange } from './mentionRanges';

/**
 * Outline icons: VS Code draws a symbol kind's codicon, and has no person or map pin among them, so each kind gets the
 * glyph that reads closest, and no two kinds (nor the kind headings, `Namespace`'s braces) share one. Object, Module
 * and Namespace all draw the same braces, which is why people, places and headings once looked alike.
 */
export const SYMBOL_KINDS: Record<FactKind, vscode.SymbolKind> = {
  /** A named individual: the variable glyph, a name in brackets. */
  person: vscode.SymbolKind.Variable,
  /** Linked boxes, like an organization chart. */
  organization: vscode.SymbolKind.Class,
  /** A structure on its supports: a building, a landmark. */
  place: vscode.SymbolKind.Struct,
  /** A lightning bolt: something that happens at a time. */
  date: vscode.SymbolKind.Event,
  /** The number sign. */
  figure: vscode.SymbolKind.Number,
  /** Words as written ("abc"): a quotation's own text. */
  quote: vscode.SymbolKind.String,
};

/** The kind headings ("People", "Dates"): braces, a group of what is inside. */
const HEADING_SYMBOL_KIND = vscode.SymbolKind.Namespace;

/** Quotes are named by their opening words in the outline. */
const QUOTE_NAME_CHARS = 60;

/** Waits for the analysis (the outline asks once per edit, after its own pause), then lists kinds and their facts. */
export class FactSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly answers: ArticleAnswers) {}

  provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[] | undefined> {
    return this.answers.awaited(document, 'Outline', (analysis) => {
      const groups = groupFacts(analysis);
      return FACT_KINDS.filter((kind) => groups[kind].length > 0).map((kind) => kindSymbol(document, analysis, kind, groups[kind]));
    });
  }
}

/** "People": spans its facts' first mentions, so the breadcrumbs show it while the cursor is among them. */
function kindSymbol(document: vscode.TextDocument, analysis: Analysis, kind: FactKind, facts: readonly FactGroup[]): vscode.DocumentSymbol {
  const children = facts.map((fact) => factSymbol(document, analysis, fact));
  const range = children.map((child) => child.range).reduce((all, next) => all.union(next));
  const container = new vscode.DocumentSymbol(KIND_LABELS[kind].many, `${facts.length}`, HEADING_SYMBOL_KIND, range, children[0].selectionRange);
  container.children = children;
  return container;
}

function factSymbol(document: vscode.TextDocument, analysis: Analysis, fact: FactGroup): vscode.DocumentSymbol {
  const first = analysis.mentions[fact.mentions[0]];
  const range = mentionRange(document, first);
  const count = `${fact.mentions.length} mention${fact.mentions.length === 1 ? '' : 's'}`;
  let name = fact.kind === 'quote' ? oneLine(first.text) : oneLine(fact.name);
  let detail = fact.role ? `${fact.role} · ${count}` : count;
  if (fact.kind === 'date' && first.value !== undefined) detail = `${first.value} · ${count}`;
  if (fact.kind === 'figure' && first.value !== undefined) detail = `${describeFigureValue(first)} · ${count}`;
  if (fact.kind === 'quote') {
    name = name.length > QUOTE_NAME_CHARS ? `${name.slice(0, QUOTE_NAME_CHARS - 1)}…` : name;
    detail = first.speaker ? entityNameOf(analysis, first.speaker) : 'speaker not named';
  }
  return new vscode.DocumentSymbol(name || KIND_LABELS[fact.kind].one, detail, SYMBOL_KINDS[fact.kind], range, range);
}

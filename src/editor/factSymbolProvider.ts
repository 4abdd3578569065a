// Outline, breadcrumbs and Go to Symbol: the article's facts, one container per kind, each fact at its first mention.
import * as vscode from 'vscode';
import { FACT_KINDS, type Analysis, type FactKind } from '../engine/types';
import { describeFigureValue, entityNameOf, groupFacts, KIND_LABELS, oneLine, type FactGroup } from '../format/factGroups';
import type { ArticleAnswers } from './articleAnswers';
import { mentionRange } from './mentionRanges';

/** Outline icons: the closest VS Code symbol kind to each kind of fact. */
const SYMBOL_KINDS: Record<FactKind, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Class,
  place: vscode.SymbolKind.Module,
  date: vscode.SymbolKind.Event,
  figure: vscode.SymbolKind.Number,
  quote: vscode.SymbolKind.String,
};

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
  const container = new vscode.DocumentSymbol(KIND_LABELS[kind].many, `${facts.length}`, vscode.SymbolKind.Namespace, range, children[0].selectionRange);
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

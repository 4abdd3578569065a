// The draft checks' findings as diagnostics (Problems panel, squiggles): source "News Lens", code the rule id, the
// severity the settings give each rule, and the evidence (the other spelling, the date) as related information.
import * as vscode from 'vscode';
import type { CheckFinding, CheckSeverity } from '../../engine/checks/finding';
import type { Analysis } from '../../engine/types';
import type { NewsLensSettings } from '../../config/newsLensSettings';
import type { AnalysisCache } from '../analysisCache';
import { mentionRange } from '../mentionRanges';
import { shownFindings } from './shownFindings';

/** The diagnostics' source, as the Problems panel shows it. */
export const CHECKS_SOURCE = 'News Lens';

const SEVERITIES: Readonly<Record<CheckSeverity, vscode.DiagnosticSeverity>> = {
  hint: vscode.DiagnosticSeverity.Hint, information: vscode.DiagnosticSeverity.Information, warning: vscode.DiagnosticSeverity.Warning,
};

/** Keeps each open article's diagnostics in step with its current analysis. */
export class CheckDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('newsLens');
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly cache: AnalysisCache, private readonly settings: NewsLensSettings) {
    this.subscriptions = [
      this.collection,
      cache.onDidCheck(({ document, analysis }) => this.show(document, analysis)),
      // A closed document, or one that stopped being an article, gets an analysis of undefined: its findings go.
      cache.onDidAnalyse(({ document, analysis }) => { if (!analysis) this.collection.delete(document.uri); }),
    ];
  }

  /** The document's findings now on show (the Facts sidebar's Checks group and the status bar count them). */
  findingsOf(document: vscode.TextDocument): readonly CheckFinding[] {
    return shownFindings(this.cache.get(document), this.settings.current.checks);
  }

  private show(document: vscode.TextDocument, analysis: Analysis | undefined): void {
    if (!analysis) return this.collection.delete(document.uri);
    const { checks } = this.settings.current;
    this.collection.set(document.uri, shownFindings(analysis, checks).map((finding) => {
      const level = checks.levels[finding.rule];
      return diagnosticOf(document, finding, SEVERITIES[level === 'off' ? 'hint' : level]);
    }));
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

/** One finding as a diagnostic of the document version it was found in. */
export function diagnosticOf(document: vscode.TextDocument, finding: CheckFinding, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(mentionRange(document, finding), finding.message, severity);
  diagnostic.source = CHECKS_SOURCE;
  diagnostic.code = finding.rule;
  diagnostic.relatedInformation = finding.related?.map((related) =>
    new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, mentionRange(document, related)), related.message));
  return diagnostic;
}

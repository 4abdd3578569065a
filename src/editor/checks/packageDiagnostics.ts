// The checks across a story package as diagnostics: for each folder whose articles changed, the package checks run in
// the index's worker on the folder's entries, and each finding shows on the later spelling or detail, with the other
// article as related information. Rule ids and settings are the draft checks' (`newsLens.checks.name-variant`), plus
// `newsLens.checks.person-details`; `newsLens.checks.enabled` switches them all.
import * as vscode from 'vscode';
import type { PackageCheckSettings, PackageFinding, PackageRule } from '../../engine/checks/packageChecks';
import type { CheckSeverity } from '../../engine/checks/finding';
import type { NewsLensSettings } from '../../config/newsLensSettings';
import type { AnalysisWorker } from '../analysisWorker';
import { folderKeyOf, type IndexedArticle, type WorkspaceIndex } from '../workspace/workspaceIndex';
import { articleSchemeSelector } from '../articleFilter';
import { DIFFERENT_NAMES_COMMAND, DISABLE_CHECK_COMMAND } from './checkActions';
import { CHECKS_SOURCE } from './checkDiagnostics';
import type { CheckSettingsSource } from './checkSettings';

/** A folder of more articles than this is an archive, not a story package: its articles are not compared. */
export const MAX_PACKAGE_ARTICLES = 200;
/** How long the index's changes are gathered before the checks run again. */
const DELAY_MS = 1_000;

const SEVERITIES: Readonly<Record<CheckSeverity, vscode.DiagnosticSeverity>> = {
  hint: vscode.DiagnosticSeverity.Hint, information: vscode.DiagnosticSeverity.Information, warning: vscode.DiagnosticSeverity.Warning,
};

/** Keeps each package's cross-article diagnostics in step with the index. */
export class PackageDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('newsLens.package');
  /** The files each folder's findings are shown on, to clear them when the folder's findings change. */
  private readonly shown = new Map<string, Set<string>>();
  /** The findings on show in each file, for their quick fixes. */
  private readonly findings = new Map<string, { range: vscode.Range; finding: PackageFinding }[]>();
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly worker: AnalysisWorker,
    private readonly settings: NewsLensSettings,
    private readonly checkSettings: CheckSettingsSource,
    private readonly log: (message: string) => void,
  ) {
    this.subscriptions = [
      this.collection,
      index.onDidChange((folders) => this.schedule(folders)),
      settings.onDidChange((event) => { if (event.affectsConfiguration('newsLens.checks')) this.scheduleAll(); }),
      checkSettings.onDidChange(() => this.scheduleAll()),
      vscode.languages.registerCodeActionsProvider(articleSchemeSelector(), { provideCodeActions: (document, range) => this.actionsAt(document, range) },
        { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    ];
  }

  private scheduleAll(): void {
    const folders = new Set([...this.shown.keys(), ...this.index.articles().map((article) => folderKeyOf(article.uri.toString()))]);
    this.schedule(folders);
  }

  private schedule(folders: ReadonlySet<string>): void {
    folders.forEach((folder) => this.pending.add(folder));
    if (this.pending.size === 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.running = this.running.then(() => this.runPending()); }, DELAY_MS);
  }

  private async runPending(): Promise<void> {
    const folders = [...this.pending];
    this.pending.clear();
    const byFolder = new Map<string, IndexedArticle[]>();
    for (const article of this.index.articles()) {
      const folder = folderKeyOf(article.uri.toString());
      if (folders.includes(folder)) byFolder.set(folder, [...(byFolder.get(folder) ?? []), article]);
    }
    const settings = this.packageSettings();
    for (const folder of folders) {
      const articles = byFolder.get(folder) ?? [];
      if (!settings || articles.length < 2) this.show(folder, articles, []);
      else if (articles.length > MAX_PACKAGE_ARTICLES) {
        this.log(`Checks across articles: ${folder} holds ${articles.length} articles, more than a story package's ${MAX_PACKAGE_ARTICLES}; its articles are not compared.`);
        this.show(folder, articles, []);
      } else {
        try {
          this.show(folder, articles, await this.worker.packageChecks(articles.map((article) => article.entry), settings));
        } catch (error) {
          this.log(`Checks across the articles of ${folder} failed: ${String(error)}`);
        }
      }
    }
  }

  /** What the package checks run with; undefined when both are off. */
  private packageSettings(): PackageCheckSettings | undefined {
    const { checks } = this.settings.current;
    const rules: Record<PackageRule, boolean> = { 'name-variant': checks.levels['name-variant'] !== 'off', 'person-details': checks.personDetails !== 'off' };
    if (!checks.enabled || (!rules['name-variant'] && !rules['person-details'])) return undefined;
    return { rules, differentNames: this.checkSettings.differentNames() };
  }

  private show(folder: string, articles: readonly IndexedArticle[], findings: readonly PackageFinding[]): void {
    const byPath = new Map(articles.map((article) => [article.entry.path, article]));
    const diagnostics = new Map<string, { uri: vscode.Uri; list: { diagnostic: vscode.Diagnostic; finding: PackageFinding }[] }>();
    for (const finding of findings) {
      const article = byPath.get(finding.path);
      if (!article) continue;
      const key = article.uri.toString();
      const entry = diagnostics.get(key) ?? { uri: article.uri, list: [] };
      entry.list.push({ diagnostic: this.diagnosticOf(article, finding, byPath), finding });
      diagnostics.set(key, entry);
    }
    for (const key of this.shown.get(folder) ?? []) {
      if (diagnostics.has(key)) continue;
      this.collection.delete(vscode.Uri.parse(key, true));
      this.findings.delete(key);
    }
    for (const [key, { uri, list }] of diagnostics) {
      this.collection.set(uri, list.map(({ diagnostic }) => diagnostic));
      this.findings.set(key, list.map(({ diagnostic, finding }) => ({ range: diagnostic.range, finding })));
    }
    if (diagnostics.size > 0) this.shown.set(folder, new Set(diagnostics.keys()));
    else this.shown.delete(folder);
  }

  private diagnosticOf(article: IndexedArticle, finding: PackageFinding, byPath: ReadonlyMap<string, IndexedArticle>): vscode.Diagnostic {
    const { checks } = this.settings.current;
    const level = finding.rule === 'name-variant' ? checks.levels['name-variant'] : checks.personDetails;
    const range = new vscode.Range(article.position(finding.start), article.position(finding.end));
    const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITIES[level === 'off' ? finding.severity : level]);
    diagnostic.source = CHECKS_SOURCE;
    diagnostic.code = finding.rule;
    diagnostic.relatedInformation = finding.related.flatMap((related) => {
      const other = byPath.get(related.path);
      return other ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(other.uri, new vscode.Range(other.position(related.start), other.position(related.end))), related.message)] : [];
    });
    return diagnostic;
  }

  /** "Mishustin" and "Mishustine" are different people; Disable the "person-details" check. */
  private actionsAt(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    return (this.findings.get(document.uri.toString()) ?? []).filter((shown) => shown.range.intersection(range)).flatMap(({ finding }) => {
      const actions: vscode.CodeAction[] = [];
      if (finding.spellings) {
        const [kept, flagged] = finding.spellings;
        const different = new vscode.CodeAction(`"${kept}" and "${flagged}" are different people`, vscode.CodeActionKind.QuickFix);
        different.command = { title: different.title, command: DIFFERENT_NAMES_COMMAND, arguments: [kept, flagged] };
        actions.push(different);
      }
      const disable = new vscode.CodeAction(`Disable the "${finding.rule}" check`, vscode.CodeActionKind.QuickFix);
      disable.command = { title: disable.title, command: DISABLE_CHECK_COMMAND, arguments: [finding.rule] };
      return [...actions, disable];
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

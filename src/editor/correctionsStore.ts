// The corrections of each workspace folder: its `.newslens.json`, read through `workspace.fs` (so virtual workspaces
// work), checked, shown as diagnostics on the file when a hand edit broke it, watched, and written back. An article
// takes its folder's corrections; a draft not saved yet, the first folder's.
import * as vscode from 'vscode';
import { CORRECTIONS_FILE_NAME, positionOf, readCorrectionsFile, type CorrectionsProblem } from '../corrections/correctionsFile';
import type { Correction } from '../engine/types';

/** What one folder's file holds now: its text (undefined when there is no file), good corrections and problems. */
interface FolderCorrections {
  text: string | undefined;
  corrections: Correction[];
  problems: CorrectionsProblem[];
}

const NONE: FolderCorrections = { text: undefined, corrections: [], problems: [] };

/** How long after writing the file it is read once more (see `write`). */
const RECHECK_MS = 1_500;

/** Keeps every workspace folder's corrections, and says when any of them changed. */
export class CorrectionsStore implements vscode.Disposable {
  private readonly folders = new Map<string, FolderCorrections>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('newsLens.corrections');
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly rechecks = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed, this.diagnostics];

  /** Fires when a folder's corrections changed (a command wrote them, or the file was edited, created or deleted). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: (message: string) => void) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.watchFolders()),
      vscode.workspace.onDidSaveTextDocument((document) => {
        const folder = this.folderOfFile(document.uri);
        if (folder) void this.load(folder);
      }),
    );
    this.watchFolders();
  }

  /** The `.newslens.json` of a workspace folder. */
  static fileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, CORRECTIONS_FILE_NAME);
  }

  /** The folder whose corrections apply to a document: its own, else (an untitled draft) the first one. */
  static folderFor(document: vscode.TextDocument | undefined): vscode.WorkspaceFolder | undefined {
    return (document && vscode.workspace.getWorkspaceFolder(document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  }

  /** The corrections that apply to the document, once its folder's file has been read. */
  correctionsFor(document: vscode.TextDocument): Promise<readonly Correction[]> {
    return this.correctionsOfFolder(CorrectionsStore.folderFor(document));
  }

  /** The corrections that apply to a file of the workspace (the workspace index reads files it has not opened). */
  correctionsForUri(uri: vscode.Uri): Promise<readonly Correction[]> {
    return this.correctionsOfFolder(vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0]);
  }

  private async correctionsOfFolder(folder: vscode.WorkspaceFolder | undefined): Promise<readonly Correction[]> {
    if (!folder) return [];
    await (this.loading.get(folder.uri.toString()) ?? this.load(folder));
    return this.folders.get(folder.uri.toString())?.corrections ?? [];
  }

  /** The folder's file as it is now (undefined when there is none): an open editor's text, else the saved file's. */
  async currentText(folder: vscode.WorkspaceFolder): Promise<string | undefined> {
    const uri = CorrectionsStore.fileOf(folder);
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return undefined; // no file yet (file systems differ in the error they throw, so none is told apart)
    }
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  }

  /** Writes the folder's file (an open editor of it is edited and saved, so its undo history keeps the change), or
   *  deletes it (`text` undefined); then reads it again, so the change applies at once. */
  async write(folder: vscode.WorkspaceFolder, text: string | undefined): Promise<void> {
    const uri = CorrectionsStore.fileOf(folder);
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (text === undefined) {
      await vscode.workspace.fs.delete(uri);
    } else if (open) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(new vscode.Position(0, 0), open.positionAt(open.getText().length)), text);
      if (!(await vscode.workspace.applyEdit(edit)) || !(await open.save())) throw new Error(`could not save ${uri.toString(true)}`);
    } else {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    }
    await this.load(folder);
    // File watchers fold events that come close together: a change made by someone else just after this write (a
    // checkout, a delete) could fold into it and never be reported. Reading the file once more a little later catches it.
    this.recheck(folder);
  }

  private recheck(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    clearTimeout(this.rechecks.get(key));
    this.rechecks.set(key, setTimeout(() => { this.rechecks.delete(key); void this.load(folder); }, RECHECK_MS));
  }

  /** Reads and checks the folder's file again; fires onDidChange when what applies changed. */
  load(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const previous = this.loading.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.read(folder)).catch((error: unknown) => this.log(`Could not read ${CORRECTIONS_FILE_NAME} in ${folder.name}: ${String(error)}`));
    this.loading.set(key, next);
    return next;
  }

  private async read(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const text = await this.savedText(folder);
    const before = this.folders.get(key) ?? NONE;
    if (before.text === text && this.folders.has(key)) return;
    const now = text === undefined ? NONE : { text, ...readCorrectionsFile(text) };
    this.folders.set(key, now);
    this.showProblems(folder, now);
    if (JSON.stringify(before.corrections) !== JSON.stringify(now.corrections)) this.changed.fire();
  }

  private async savedText(folder: vscode.WorkspaceFolder): Promise<string | undefined> {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(CorrectionsStore.fileOf(folder)));
    } catch {
      return undefined; // no file (or none readable): no corrections
    }
  }

  /** Diagnostics on the file, and a message (with Open) when a change it is not open for leaves it with problems. */
  private showProblems(folder: vscode.WorkspaceFolder, now: FolderCorrections): void {
    const uri = CorrectionsStore.fileOf(folder);
    const text = now.text ?? '';
    this.diagnostics.set(uri, now.problems.map((problem) => {
      const range = new vscode.Range(toPosition(text, problem.start), toPosition(text, Math.max(problem.end, problem.start + 1)));
      const diagnostic = new vscode.Diagnostic(range, problem.message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'News Lens';
      return diagnostic;
    }));
    // Someone editing the file sees the squiggles; a message is for a file broken out of sight (a pull, a merge).
    if (now.problems.length === 0 || vscode.window.visibleTextEditors.some((editor) => editor.document.uri.toString() === uri.toString())) return;
    const count = now.problems.length;
    const applied = now.corrections.length > 0 ? ` The other ${now.corrections.length} correction${now.corrections.length === 1 ? '' : 's'} still apply.` : '';
    void vscode.window.showWarningMessage(`News Lens: ${CORRECTIONS_FILE_NAME} in ${folder.name} has ${count} problem${count === 1 ? '' : 's'}: ${now.problems[0].message}.${applied}`, 'Open')
      .then((choice) => { if (choice === 'Open') void vscode.window.showTextDocument(uri); });
  }

  /** One watcher per folder's file: created, changed (a save, a checkout) or deleted, it is read again. */
  private watchFolders(): void {
    const folders = vscode.workspace.workspaceFolders ?? [];
    for (const [key, watcher] of this.watchers) {
      if (!folders.some((folder) => folder.uri.toString() === key)) {
        watcher.dispose();
        this.watchers.delete(key);
        this.folders.delete(key);
        this.changed.fire();
      }
    }
    for (const folder of folders) {
      const key = folder.uri.toString();
      if (this.watchers.has(key)) continue;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CORRECTIONS_FILE_NAME));
      const reload = () => void this.load(folder);
      this.watchers.set(key, vscode.Disposable.from(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload)));
      void this.load(folder);
    }
  }

  private folderOfFile(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    return vscode.workspace.workspaceFolders?.find((folder) => CorrectionsStore.fileOf(folder).toString() === uri.toString());
  }

  dispose(): void {
    this.rechecks.forEach((timer) => clearTimeout(timer));
    this.watchers.forEach((watcher) => watcher.dispose());
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

function toPosition(text: string, offset: number): vscode.Position {
  const { line, character } = positionOf(text, offset);
  return new vscode.Position(line, character);
}

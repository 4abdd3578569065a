// The correction commands: each writes one correction into the workspace folder's `.newslens.json` (made if missing),
// says so with Undo at hand, and can be undone later with "News Lens: Undo Last Correction", which takes back only
// that correction, whatever else was edited in the file since.
import * as vscode from 'vscode';
import { CORRECTIONS_FILE_NAME } from '../corrections/correctionsFile';
import { emptyCorrectionsFile, isEmptyCorrectionsFile, UneditableCorrectionsError, withCorrection, withoutCorrection, type RawEntry } from '../corrections/editCorrectionsFile';
import type { Correction } from '../engine/types';
import { KIND_LABELS, NAMED_KINDS } from '../format/factGroups';
import type { AnalysisCache } from './analysisCache';
import { article, CORRECTION_ACTIONS, OPEN_CORRECTIONS_COMMAND, UNDO_CORRECTION_COMMAND, type CorrectionAction } from './correctionActions';
import { CorrectionsStore } from './correctionsStore';
import { correctionTarget, type CorrectionTarget } from './correctionTarget';

/** A correction made in this window, and what it took the place of. */
interface Made {
  readonly folder: vscode.WorkspaceFolder;
  readonly correction: Correction;
  readonly replaced: RawEntry[];
  /** The file did not exist before it. */
  readonly created: boolean;
  readonly says: string;
}

const NO_FOLDER = `News Lens keeps corrections in ${CORRECTIONS_FILE_NAME} at the root of a workspace folder: open a folder (File > Open Folder…) to correct facts.`;

/** Registers the correction commands, Undo Last Correction and Open Corrections File. */
export function registerCorrectionCommands(cache: AnalysisCache, store: CorrectionsStore, log: (message: string) => void): vscode.Disposable[] {
  const made: Made[] = [];
  const setCanUndo = () => void vscode.commands.executeCommand('setContext', 'newsLens.canUndoCorrection', made.length > 0);
  const undoLast = async () => {
    const last = made.pop();
    setCanUndo();
    if (!last) {
      void vscode.window.showInformationMessage('News Lens: no correction made in this window to undo.');
      return;
    }
    await undo(store, last);
  };
  return [
    // The second argument answers "Same as…" without the list (keybindings, tests), as the Facts view's commands take theirs.
    ...CORRECTION_ACTIONS.map((action) => vscode.commands.registerCommand(action.command, async (argument?: unknown, answer?: unknown) => {
      const change = await correct(cache, store, action, argument, typeof answer === 'string' ? answer : undefined, log);
      if (!change) return;
      made.push(change);
      setCanUndo();
      void vscode.window.showInformationMessage(`News Lens: ${change.says} in every article of ${change.folder.name} (${CORRECTIONS_FILE_NAME}).`, 'Undo', 'Open File')
        .then((choice) => {
          if (choice === 'Undo' && made.includes(change)) {
            made.splice(made.indexOf(change), 1);
            setCanUndo();
            void undo(store, change);
          } else if (choice === 'Open File') void vscode.window.showTextDocument(CorrectionsStore.fileOf(change.folder));
        });
    })),
    vscode.commands.registerCommand(UNDO_CORRECTION_COMMAND, undoLast),
    vscode.commands.registerCommand(OPEN_CORRECTIONS_COMMAND, () => openCorrections(store)),
  ];
}

/** Makes the action's correction of the command's target; undefined when nothing was written (and the user told why). */
async function correct(cache: AnalysisCache, store: CorrectionsStore, action: CorrectionAction, argument: unknown, sameAs: string | undefined,
  log: (message: string) => void): Promise<Made | undefined> {
  const target = correctionTarget(cache, argument);
  if (!target) {
    void vscode.window.showInformationMessage('News Lens: put the cursor on a highlighted name (or select a name) first, or use a hover card or the Facts view.');
    return undefined;
  }
  if (target.kind === undefined ? !action.forSelection : !action.appliesTo.includes(target.kind)) {
    void vscode.window.showInformationMessage(`News Lens: “${action.label}” does not apply to ${target.kind ? `${article(target.kind)} ${KIND_LABELS[target.kind].one.toLowerCase()}` : 'a name that is not highlighted'}.`);
    return undefined;
  }
  const folder = CorrectionsStore.folderFor(target.document);
  if (!folder) {
    void vscode.window.showWarningMessage(NO_FOLDER);
    return undefined;
  }
  const correction = action.correction ? action.correction(target.name, target.kind) : sameAs?.trim() ? { name: target.name, sameAs: sameAs.trim() } : await pickSameAs(target);
  if (!correction) return undefined;
  return write(store, folder, correction, action.says(correction), log);
}

/** Asks which other name of the article this one is the same as. */
async function pickSameAs(target: CorrectionTarget): Promise<Correction | undefined> {
  const others = (target.analysis?.entities ?? [])
    .filter((entity) => NAMED_KINDS.includes(entity.kind) && entity.id !== target.factId && entity.name !== target.name)
    .map((entity) => ({ label: entity.name, description: KIND_LABELS[entity.kind].one, detail: `${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}` }));
  if (others.length === 0) {
    void vscode.window.showInformationMessage(`News Lens: this article names nobody and nothing else that “${target.name}” could be the same as.`);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(others, { title: `News Lens: “${target.name}” is the same as…`, placeHolder: 'The name to show for both', matchOnDescription: true });
  return picked && { name: target.name, sameAs: picked.label };
}

async function write(store: CorrectionsStore, folder: vscode.WorkspaceFolder, correction: Correction, says: string, log: (message: string) => void): Promise<Made | undefined> {
  try {
    const before = await store.currentText(folder);
    const edit = withCorrection(before, correction);
    await store.write(folder, edit.text);
    return { folder, correction, replaced: edit.replaced, created: before === undefined, says };
  } catch (error) {
    log(`Could not write the correction ${JSON.stringify(correction)} to ${CorrectionsStore.fileOf(folder).toString(true)}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    const why = error instanceof UneditableCorrectionsError ? `${CORRECTIONS_FILE_NAME} cannot be updated: ${error.message}. Fix it first.` : `could not write ${CORRECTIONS_FILE_NAME}: ${String(error)}`;
    void vscode.window.showErrorMessage(`News Lens: ${why}`, 'Open').then((choice) => { if (choice === 'Open') void vscode.window.showTextDocument(CorrectionsStore.fileOf(folder)); });
    return undefined;
  }
}

async function undo(store: CorrectionsStore, change: Made): Promise<void> {
  try {
    const text = withoutCorrection(await store.currentText(change.folder), change.correction, change.replaced);
    await store.write(change.folder, change.created && isEmptyCorrectionsFile(text) ? undefined : text);
    vscode.window.setStatusBarMessage(`News Lens: undone: ${change.says}`, 5000);
  } catch (error) {
    void vscode.window.showErrorMessage(`News Lens: could not undo the correction: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function openCorrections(store: CorrectionsStore): Promise<void> {
  const folder = CorrectionsStore.folderFor(vscode.window.activeTextEditor?.document);
  if (!folder) {
    void vscode.window.showWarningMessage(NO_FOLDER);
    return;
  }
  if ((await store.currentText(folder)) === undefined) await store.write(folder, emptyCorrectionsFile());
  await vscode.window.showTextDocument(CorrectionsStore.fileOf(folder));
}

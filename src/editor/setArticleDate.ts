// "Set Article Date…": for a draft whose text states no date (its relative dates were worked out from a setting, the
// file's modification day or today), asks for the day and where to keep it — a `Date:` line in the draft, as one edit
// Undo takes back, or the newsLens.articleDate setting — and writes it there. The draft is then analysed again.
import * as vscode from 'vscode';
import { checkArticleDate } from '../config/validateSettings';
import { writeSetting } from '../config/writeSetting';
import type { AnalysisCache } from './analysisCache';
import { canSetArticleDate, articleDateNote } from './dateDescription';
import { dateLinePlace, type DateLinePlace } from './dateLinePlace';
import { SET_ARTICLE_DATE_COMMAND } from './hoverActions';

/** Where the date is kept: a line in the draft, or the setting. */
export type ArticleDateTarget = 'line' | 'setting';

/** What the prompts would ask, given up front (tests, keybindings): `{ date: "2026-03-12", target: "line" }`. */
interface Answers {
  readonly date?: string;
  readonly target?: ArticleDateTarget;
}

/** Registers the command; its first argument names the draft (`{ uri }`, from a hover card), else the active editor's. */
export function registerSetArticleDate(cache: AnalysisCache): vscode.Disposable {
  return vscode.commands.registerCommand(SET_ARTICLE_DATE_COMMAND, (argument?: unknown, answers?: Answers) => setArticleDate(cache, argument, answers ?? {}));
}

/** True when the date was written. */
async function setArticleDate(cache: AnalysisCache, argument: unknown, answers: Answers): Promise<boolean> {
  const uri = typeof (argument as { uri?: unknown } | undefined)?.uri === 'string' ? (argument as { uri: string }).uri : undefined;
  const document = uri ? vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri) : vscode.window.activeTextEditor?.document;
  const analysis = document && await cache.analysisFor(document);
  if (!document || !analysis) {
    void vscode.window.showInformationMessage('News Lens: open an article to set its date.');
    return false;
  }
  const { articleDate } = analysis;
  if (!canSetArticleDate(articleDate.source)) {
    void vscode.window.showInformationMessage(`News Lens: ${articleDateNote(articleDate).text}, which wins over a Date: line and the setting; change it there.`);
    return false;
  }
  const date = answers.date !== undefined ? checkArticleDate(answers.date).value : await askDate(articleDate.value);
  if (!date) return false;
  const place = dateLinePlace((line) => document.lineAt(line).text, document.lineCount);
  // An "Updated" line at the top wins over the setting, not over a Date: line: then only the line is offered.
  const target = answers.target ?? await askTarget(date, place, articleDate.source !== 'updated');
  if (target === 'line') return writeDateLine(document, date, place);
  if (target === 'setting') {
    await writeSetting('articleDate', date);
    return true;
  }
  return false;
}

function askDate(current: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'News Lens: Set Article Date',
    prompt: 'The day this article is dated: “Friday” and “last month” are counted from it (YYYY-MM-DD)',
    value: current,
    validateInput: (text) => (checkArticleDate(text).value ? undefined : 'A calendar date as YYYY-MM-DD, e.g. 2026-03-12'),
  }).then((text) => text === undefined ? undefined : checkArticleDate(text).value);
}

async function askTarget(date: string, place: DateLinePlace, offerSetting: boolean): Promise<ArticleDateTarget | undefined> {
  const items: (vscode.QuickPickItem & { target: ArticleDateTarget })[] = [{
    target: 'line',
    label: `Write “Date: ${date}” ${place.underHeadline ? 'under the headline' : 'at the top of the draft'}`,
    detail: 'The date goes with this draft; one edit, which Undo takes back.',
  }];
  if (offerSetting) {
    items.push({
      target: 'setting',
      label: `Set newsLens.articleDate to ${date}`,
      detail: 'For every article whose text states no date, until you change the setting; this draft is not edited.',
    });
  }
  return (await vscode.window.showQuickPick(items, { title: `News Lens: Set Article Date to ${date}`, placeHolder: 'Where should News Lens keep it?' }))?.target;
}

/** Inserts `Date: YYYY-MM-DD` as a line of its own, in the draft's line endings, as one undoable edit. */
async function writeDateLine(document: vscode.TextDocument, date: string, place: DateLinePlace): Promise<boolean> {
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const edit = new vscode.WorkspaceEdit();
  const atEnd = place.line >= document.lineCount;
  const position = atEnd ? document.lineAt(document.lineCount - 1).range.end : new vscode.Position(place.line, 0);
  edit.insert(document.uri, position, atEnd ? `${eol}Date: ${date}` : `Date: ${date}${eol}`);
  return vscode.workspace.applyEdit(edit);
}

// News Lens in a browser's extension host (VS Code for the Web): it activates from its browser bundle, and an
// article's facts, computed in the Web Worker, reach the editor, the hover card and the commands. The browser bundle
// holds no engine (esbuild.mjs builds the engine into dist/worker.js only), so every fact seen here came from
// the worker. The seed article's tests skip themselves when the runner had no seed article to put in the workspace.
import * as vscode from 'vscode';
import { AnalysisWorker } from '../../src/editor/analysisWorker';
import { webWorkerPorts } from '../../src/editor/webWorkerPort';
import type { NewsLensApi } from '../../src/extension';
import { seedDateOrFigure, seedEntity } from '../fixtures/seedArticle';
import { ok, rejectsWithin, waitFor } from './check';
import { skipReasons } from './setupMocha';

const EXTENSION_ID = 'newslens.news-lens';
/** The seed article's person, place and figure these tests look for, as test/fixtures/seed-article.json states them. */
const PERSON = seedEntity('person:mikhail-mishustin');
const PLACE = seedEntity('place:hangzhou');
const FIGURE = seedDateOrFigure('21%');

/** A file of the mounted workspace (the mount's own scheme is test-only). */
function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  ok(folder, 'test-web opened no workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** An article of the mounted workspace, as an unsaved `news` draft. */
async function openArticle(name: string): Promise<vscode.TextEditor> {
  const bytes = await vscode.workspace.fs.readFile(workspaceFile(name));
  const document = await vscode.workspace.openTextDocument({ language: 'news', content: new TextDecoder().decode(bytes) });
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Skips the calling suite when the runner left the seed article (licensed, from the shared folder) out of the workspace. */
async function needsSeedArticle(context: Mocha.Context): Promise<void> {
  const present = await Promise.resolve(vscode.workspace.fs.stat(workspaceFile('seed-article.news'))).then(() => true, () => false);
  if (present) return;
  skipReasons.add('they need the seed article (../shared/corpus/seed/ or NEWSLENS_SHARED), which this workspace lacks');
  context.skip();
}

describe('News Lens in the browser', () => {
  let api: NewsLensApi;

  before(async () => {
    await openArticle('sample-article.news');
  });

  it('activates in the web extension host when a news article opens', async () => {
    ok(vscode.env.uiKind === vscode.UIKind.Web, 'this is not VS Code for the Web');
    const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
    ok(extension, `${EXTENSION_ID} is not loaded in the browser`);
    await waitFor(() => extension.isActive, 'the extension to activate on a news document');
    api = extension.exports;
    ok(typeof api.analysisFor === 'function', 'activate() returned no API');
  });

  it('opens the sample article from the extension\'s own files and analyses it', async () => {
    const sample = await vscode.commands.executeCommand<vscode.TextEditor>('newsLens.openSampleArticle');
    ok(sample.document.languageId === 'news' && sample.document.isUntitled, `opened ${sample.document.uri.toString()} as ${sample.document.languageId}`);
    const analysis = await api.analysisFor(sample.document.uri);
    ok(analysis?.entities.some((entity) => entity.name === 'Sophie Marchetti'), 'the sample article was not analysed');
  });

  it('runs the draft checks in the Web Worker: the planted wrong weekday is a News Lens diagnostic', async () => {
    const editor = await openArticle('checks-draft.news');
    const analysis = await api.analysisFor(editor.document.uri);
    ok(analysis?.findings?.some((finding) => finding.rule === 'weekday-date' && finding.text === 'Thursday'), `findings: ${JSON.stringify(analysis?.findings?.map((f) => f.rule))}`);
    await waitFor(() => vscode.languages.getDiagnostics(editor.document.uri).some((d) => d.source === 'News Lens' && d.code === 'weekday-date'), 'the weekday-date diagnostic');
  });

  it('reports a worker whose script is missing as a failed analysis, without hanging or an uncaught error', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    ok(extension, `${EXTENSION_ID} is not loaded`);
    const missingScript = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'no-such-worker.js').toString(true);
    const logged: string[] = [];
    const worker = new AnalysisWorker(webWorkerPorts(missingScript), 300, (line) => logged.push(line));
    try {
      const error = await rejectsWithin(worker.analyse('Li Qiang met Mikhail Mishustin.', {}), 5_000, 'an analysis by a worker whose script is missing');
      ok(/took longer than|worker failed/.test(error.message), `reported as: ${error.message}`);
    } finally {
      worker.dispose();
    }
  });

  describe('on the seed article', () => {
    let editor: vscode.TextEditor;

    before(async function () {
      await needsSeedArticle(this);
      editor = await openArticle('seed-article.news');
    });

    it('finds the seed article\'s people and figures in the Web Worker', async () => {
      const analysis = await api.analysisFor(editor.document.uri);
      ok(analysis, 'the seed article was not analysed');
      const names = (kind: string) => analysis.entities.filter((entity) => entity.kind === kind).map((entity) => entity.name);
      ok(names('person').includes(PERSON.name), `people: ${JSON.stringify(names('person'))}`);
      const figures = analysis.mentions.filter((mention) => mention.kind === 'figure').map((mention) => mention.text);
      ok(figures.some((text) => text.includes(FIGURE.text)), `figures: ${JSON.stringify(figures)}`);
    });

    it('hands the editor highlight ranges for the seed article\'s person and place (the painted result is the e2e test\'s)', async () => {
      const painted = (kind: 'person' | 'place') => api.decorationRanges(editor)[kind].map((range) => editor.document.getText(range));
      await waitFor(() => painted('person').length > 0, 'person highlights to be painted');
      ok(painted('person').includes(PERSON.name), `person highlights: ${JSON.stringify(painted('person'))}`);
      ok(painted('place').includes(PLACE.name), `place highlights: ${JSON.stringify(painted('place'))}`);
    });

    it('shows a hover card on a person', async () => {
      const at = editor.document.positionAt(editor.document.getText().indexOf(PERSON.name) + 1);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
      const text = hovers.flatMap((hover) => hover.contents).map((part) => (part instanceof vscode.MarkdownString ? part.value : String(part))).join('\n');
      ok(text.replace(/&nbsp;/g, ' ').includes(PERSON.name) && /person/i.test(text), `hover: ${text}`); // the card joins a name's words with &nbsp;
    });
  });
});

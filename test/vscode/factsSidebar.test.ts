// The Facts sidebar's controls: a text filter, sorting, kinds shown, all open articles, and quotes under their speaker.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import type { FactsTreeNode } from '../../src/views/factNodes';
import { needsSeedArticle, newsLens, showAndAnalyse, treeItemLabel, waitFor, withSetting, workspaceUri } from './support';

describe('facts sidebar controls', () => {
  let api: NewsLensApi;
  const restores: Array<() => Promise<void>> = [];

  const label = (node: FactsTreeNode) => treeItemLabel(api.factsTree.getTreeItem(node));
  const labels = (nodes: FactsTreeNode[]) => nodes.map(label);
  const kindRow = (name: string) => api.factsTree.getChildren().find((node) => label(node) === name);
  const factsOf = (kind: string) => labels(api.factsTree.getChildren(kindRow(kind)));

  /** Known starting values for every test: the commands under test change them, and a failing test must not leave them changed. */
  async function startingSettings(): Promise<void> {
    await vscode.commands.executeCommand('newsLens.clearFactsFilter');
    for (const [key, value] of [['sortBy', 'firstMention'], ['kinds', undefined], ['scope', 'activeArticle']] as const) {
      const configuration = vscode.workspace.getConfiguration('newsLens.sidebar');
      if (configuration.inspect(key)?.globalValue !== value) await configuration.update(key, value, vscode.ConfigurationTarget.Global);
    }
  }

  before(async function () {
    needsSeedArticle(this);
    api = await newsLens();
    // The user's values, put back after the suite whatever the tests change.
    restores.push(await withSetting('newsLens.sidebar.sortBy', 'firstMention'));
    restores.push(await withSetting('newsLens.sidebar.kinds', undefined));
    restores.push(await withSetting('newsLens.sidebar.scope', 'activeArticle'));
    await showAndAnalyse(workspaceUri('seed-article.news'));
    await waitFor(() => kindRow('People') !== undefined, 'the tree to show the seed article');
  });
  afterEach(async () => {
    await startingSettings();
    await showAndAnalyse(workspaceUri('seed-article.news'));
  });
  after(async () => {
    await vscode.commands.executeCommand('newsLens.clearFactsFilter');
    for (const restore of restores.reverse()) await restore();
  });

  it('Filter Facts narrows the tree to facts containing the text, and clearing it shows all again', async () => {
    await vscode.commands.executeCommand('newsLens.filterFacts', 'putin');
    assert.deepStrictEqual(labels(api.factsTree.getChildren()), ['People']);
    assert.deepStrictEqual(factsOf('People'), ['Vladimir Putin']);
    await vscode.commands.executeCommand('newsLens.clearFactsFilter');
    assert.ok(factsOf('People').length > 5, factsOf('People').join(', '));
  });

  it('Sort Facts by number of mentions puts September (2 mentions) before Monday among the dates', async () => {
    // A date row is labelled by its day ("Mon 15 Sep 2025"); the article's wordings are beside it.
    const firstDate = () => String(api.factsTree.getTreeItem(api.factsTree.getChildren(kindRow('Dates'))[0]).description);
    assert.ok(firstDate().includes('“Monday”'), firstDate());
    await vscode.commands.executeCommand('newsLens.sortFacts', 'mentions');
    await waitFor(() => firstDate().includes('“September”'), `dates sorted by mentions: ${factsOf('Dates').join(', ')}`);
    const counts = api.factsTree.getChildren(kindRow('Places')).map((node) => parseInt(String(api.factsTree.getTreeItem(node).description), 10));
    assert.deepStrictEqual(counts, [...counts].sort((a, b) => b - a), 'places by mention count');
    await vscode.commands.executeCommand('newsLens.sortFacts', 'firstMention');
    await waitFor(() => firstDate().includes('“Monday”'), 'dates back in order of first mention');
  });

  it('shows only the kinds chosen', async () => {
    await vscode.commands.executeCommand('newsLens.chooseFactKinds', ['quote', 'person']);
    await waitFor(() => labels(api.factsTree.getChildren()).join() === 'People,Quotes', `kinds: ${labels(api.factsTree.getChildren()).join()}`);
    await vscode.commands.executeCommand('newsLens.chooseFactKinds', ['person', 'organization', 'place', 'date', 'figure', 'quote']);
    await waitFor(() => api.factsTree.getChildren().length === 6, 'every kind back');
  });

  it('lists Li Qiang\'s quotes under him', () => {
    const li = api.factsTree.getChildren(kindRow('People')).find((node) => label(node) === 'Li Qiang');
    assert.ok(li, factsOf('People').join(', '));
    assert.strictEqual(api.factsTree.getTreeItem(li).description, '4 mentions · 2 quotes');
    const said = labels(api.factsTree.getChildren(li)).filter((row) => row.startsWith('said “'));
    assert.strictEqual(said.length, 2, said.join(' / '));
    assert.ok(said[0].startsWith('said “good neighbours and good partners') && said[1].startsWith('said “China is willing'), said.join(' / '));
  });

  it('switches between the active article and every open article', async () => {
    await showAndAnalyse(workspaceUri('sample-article.news'));
    await showAndAnalyse(workspaceUri('seed-article.news'));
    await vscode.commands.executeCommand('newsLens.toggleFactsScope');
    await waitFor(() => ['seed-article.news', 'sample-article.news'].every((name) => labels(api.factsTree.getChildren()).includes(name)),
      `articles: ${labels(api.factsTree.getChildren()).join(', ')}`);
    const sample = api.factsTree.getChildren().find((node) => label(node) === 'sample-article.news');
    assert.ok(sample && labels(api.factsTree.getChildren(sample)).includes('People'));
    await vscode.commands.executeCommand('newsLens.toggleFactsScope');
    await waitFor(() => labels(api.factsTree.getChildren())[0] === 'People', 'back to the active article');
  });
});

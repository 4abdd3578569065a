// What the browser tests do to VS Code's workbench, in one place: the DOM details (class names, aria labels)
// belong to VS Code 1.100 and change between versions, so the tests themselves never spell them out.
// Functions passed to page.evaluate() run in the browser, hence the browser globals:
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `#RRGGBB` or `#RRGGBBAA` as the channels a browser reports in computed styles. */
export function parseHexColour(hex) {
  const match = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(hex);
  if (!match) throw new Error(`not a #RRGGBB[AA] colour: ${hex}`);
  const channel = (text, at) => parseInt(text.slice(at, at + 2), 16);
  return { r: channel(match[1], 0), g: channel(match[1], 2), b: channel(match[1], 4), a: match[2] ? channel(match[2], 0) / 255 : 1 };
}

/** Which `contributes.colors` defaults apply: the workbench marks its theme kind with a class. */
export function themeKind(page) {
  return page.evaluate(() => {
    const classes = document.querySelector('.monaco-workbench').classList;
    if (classes.contains('hc-light')) return 'highContrastLight';
    if (classes.contains('hc-black')) return 'highContrast';
    return classes.contains('vs-dark') ? 'dark' : 'light';
  });
}

/** The default of a contributed colour id for a theme kind, read from package.json (the tests know no colours). */
export function contributedColour(repoRoot, colourId, kind) {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const colour = (manifest.contributes?.colors ?? []).find((entry) => entry.id === colourId);
  if (!colour) throw new Error(`package.json contributes.colors has no ${colourId}`);
  const value = colour.defaults[kind] ?? (kind === 'highContrastLight' ? colour.defaults.light : colour.defaults.dark);
  return parseHexColour(value);
}

/** Opens a file by clicking its row in the Explorer and waits until the editor shows `expectedText`. */
export async function openFromExplorer(page, fileName, expectedText) {
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first();
  await row.waitFor({ timeout: 60_000 });
  await row.click();
  await page.locator('.monaco-editor .view-lines', { hasText: expectedText }).first().waitFor({ timeout: 30_000 });
}

/** Opens a workspace file with Quick Open (Ctrl+P), whatever the side bar shows, and waits until the editor shows `expectedText`. */
export async function openWithQuickOpen(page, fileName, expectedText) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(fileName);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.part.editor .editor-group-container.active .monaco-editor .view-lines', { hasText: expectedText }).first().waitFor({ timeout: 30_000 });
}

/** The centre of the first on-screen occurrence of `word` in the editor text, or null. */
function findWordOnScreen(page, word) {
  return page.evaluate((target) => {
    const lines = document.querySelector('.monaco-editor .view-lines');
    const bounds = document.querySelector('.monaco-editor .monaco-scrollable-element').getBoundingClientRect();
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let at = node.textContent.indexOf(target); at >= 0; at = node.textContent.indexOf(target, at + 1)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + target.length);
        const box = range.getBoundingClientRect();
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        if (x > bounds.left && x < bounds.right && y > bounds.top && y < bounds.bottom) return { x, y };
      }
    }
    return null;
  }, word);
}

/** Moves the mouse onto `word` and returns the text of the hover card that appears. */
export async function hoverWord(page, word) {
  const point = await findWordOnScreen(page, word);
  if (!point) throw new Error(`"${word}" is not visible in the editor`);
  const hover = page.locator('.monaco-hover:visible').first();
  // The workbench's first hover of a session may be lost while it settles: move off and back once more if need be.
  for (let attempt = 1; ; attempt++) {
    await page.mouse.move(point.x - 60, point.y);
    await page.mouse.move(point.x, point.y, { steps: 5 });
    try {
      await hover.waitFor({ state: 'visible', timeout: attempt < 3 ? 7_000 : 15_000 });
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.mouse.move(5, 5);
    }
  }
  await page.waitForTimeout(300); // the card renders its markdown after it becomes visible
  // Rendered markdown may hold no-break or zero-width spaces between words: compare text as a reader sees it.
  return (await hover.innerText()).normalize('NFKC').replace(/[\u200b-\u200d\u2060]/g, '').replace(/[^\S\n]+/g, ' ');
}

/**
 * Clicks an activity-bar entry by its title (the badge covers the inner link, so click its list item), unless its
 * view is already shown: a click on the active entry would close the side bar.
 */
export async function openActivityBarView(page, title) {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  const entry = page.locator('.activitybar .action-item', { has: page.locator(`[aria-label^="${title}"]`) }).first();
  await entry.waitFor({ timeout: 15_000 });
  const shown = await entry.evaluate((item) => item.classList.contains('checked')) && await page.locator('.part.sidebar').first().isVisible();
  if (!shown) await entry.click();
}

/** The visible rows of the side bar's trees. */
export function sidebarRows(page) {
  return page.locator('.part.sidebar .monaco-list-row');
}

/** Runs a command by its title from the command palette (F1), as a user would. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** Answers an input box or quick pick that a command opened, and accepts it. */
export async function answerQuickInput(page, text) {
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(text);
  await page.keyboard.press('Enter');
}

/** Filters an open quick pick by `typed` (the label itself unless given) and clicks the row labelled exactly `label`:
 *  Enter would take whichever row the fuzzy match ranks first ("Developer: Generate Color Theme…" for "Color Theme"). */
export async function pickExactly(page, label, typed = label) {
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(typed);
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).first();
  await row.waitFor({ timeout: 10_000 });
  await row.click();
}

/** Puts the editor's cursor inside the first on-screen occurrence of `word`. */
export async function clickWord(page, word) {
  const point = await findWordOnScreen(page, word);
  if (!point) throw new Error(`"${word}" is not visible in the editor`);
  await page.mouse.click(point.x, point.y);
}

/** The inline rename box (F2) with its input. */
export function renameInput(page) {
  return page.locator('.rename-box input').first();
}

/** The region of the workbench an element covers, to place a small screenshot around it. */
export async function regionAround(locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element is not on screen');
  return box;
}

/** Opens the Outline in the Explorer and collapses the Explorer's other sections so it has the whole height. */
export async function showOutline(page) {
  await runCommand(page, 'Focus on Outline View');
  await page.locator('.part.sidebar .pane-header', { hasText: /outline/i }).first().waitFor({ timeout: 10_000 });
  const others = page.locator('.part.sidebar .pane-header[aria-expanded="true"]').filter({ hasNotText: /outline/i });
  while (await others.count() > 0) await others.first().click();
}

/** The active editor group's editor (the rename preview or a hover has editors of their own). */
const ACTIVE_EDITOR = '.part.editor .editor-group-container.active .monaco-editor';

/** Puts the keyboard focus in the active editor and scrolls it to the top (Ctrl+Home), as a reader starting to read. */
export async function focusEditorAtTop(page) {
  await page.locator(`${ACTIVE_EDITOR} .view-lines`).first().waitFor({ timeout: 15_000 });
  await page.locator(`${ACTIVE_EDITOR} textarea, ${ACTIVE_EDITOR} .native-edit-context`).first().focus();
  await page.keyboard.press('Control+Home');
}

/**
 * What the active editor paints, read from the screen: each character of `text` (the document the editor shows, with
 * its offsets) where the user sees it, and each editor decoration box (`.view-overlays div.cdr`) with its class names,
 * place and computed style, and the computed colour of the text drawn over it. Each character is found through the
 * rendered lines (`.view-line`, one per wrapped line, in order of their top). Reads from the top (the editor must be
 * scrolled there) down to the last whole line on screen, and fails if a line is rendered otherwise than written.
 */
async function readPaint(page, text) {
  const result = await page.evaluate(({ selector, text: modelText }) => {
    const editor = document.querySelector(selector);
    if (!editor) return { error: 'no active editor' };
    const rendered = [...editor.querySelectorAll('.view-lines .view-line')]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    // Model lines and where they start ("\n", "\r\n" or a lone "\r" ends one, as in VS Code).
    const modelLines = [];
    for (let start = 0, match, breaks = /\r\n|\n|\r/g; ; start = breaks.lastIndex) {
      match = breaks.exec(modelText);
      modelLines.push({ start, text: modelText.slice(start, match ? match.index : modelText.length) });
      if (!match) break;
    }
    let characters = []; // { offset, x, y } for each rendered character
    let renderedUpTo = modelText.length;
    let next = 0;
    lines: for (const [number, line] of modelLines.entries()) {
      let seen = '';
      do {
        const view = rendered[next++];
        if (!view) { // below the editor's bottom edge: read no further
          renderedUpTo = line.start;
          characters = characters.filter(({ offset }) => offset < line.start);
          break lines;
        }
        const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let at = 0; at < node.textContent.length; at++) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            const box = range.getBoundingClientRect();
            if (box.width > 0) characters.push({ offset: line.start + seen.length, x: box.x + box.width / 2, y: box.y + box.height / 2 });
            seen += node.textContent[at] === '\u00a0' ? ' ' : node.textContent[at];
          }
        }
      } while (seen.length < line.text.length);
      if (seen !== line.text) return { error: `line ${number + 1} is rendered as ${JSON.stringify(seen.slice(0, 80))}, not ${JSON.stringify(line.text.slice(0, 80))}` };
    }
    const STYLE_KEYS = ['backgroundColor', 'borderTopStyle', 'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'borderTopWidth',
      'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderBottomColor', 'borderLeftColor', 'borderTopColor', 'borderTopLeftRadius',
      'outlineStyle', 'outlineWidth', 'outlineColor'];
    const boxes = [...editor.querySelectorAll('.view-overlays div.cdr')].map((element) => {
      const rect = element.getBoundingClientRect();
      const computed = getComputedStyle(element);
      const style = Object.fromEntries(STYLE_KEYS.map((key) => [key, computed[key]]));
      // The text over the box: the rendered character nearest its middle.
      const over = document.elementsFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2).find((el) => el.closest('.view-line'));
      return { classes: [...element.classList].filter((name) => name !== 'cdr').sort().join(' '), rect: { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom }, style, textColour: over ? getComputedStyle(over).color : undefined };
    });
    const background = getComputedStyle(editor.querySelector('.monaco-editor-background') ?? editor).backgroundColor;
    return { characters, renderedUpTo, boxes, background };
  }, { selector: ACTIVE_EDITOR, text });
  if (result.error) throw new Error(`reading the painted editor: ${result.error}`);
  return result;
}

/** A computed CSS colour (`rgb(…)` or `rgba(…)`) as channels 0–255 and alpha 0–1; undefined for anything else. */
export function cssChannels(css) {
  const match = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(css ?? '');
  return match ? { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: match[4] === undefined ? 1 : Number(match[4]) } : undefined;
}

/** The offsets of `characters` inside any of `rects`. */
const charactersIn = (characters, rects) => characters.filter(({ x, y }) => rects.some((box) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom)).map(({ offset }) => offset);

/**
 * What the active editor paints in each colour (by name): the spans of `text` whose characters lie inside a decoration
 * box of that computed background (see readPaint). Returns `{ renderedUpTo, [name]: [[start, end], ...] }`: the offset
 * where the lines on screen end, and each colour's spans, sorted, adjacent characters merged.
 */
export async function paintedSpans(page, text, colours) {
  const { characters, renderedUpTo, boxes } = await readPaint(page, text);
  const painted = Object.fromEntries(Object.entries(colours).map(([name, { r, g, b, a }]) => {
    const rects = boxes.filter(({ style }) => {
      const c = cssChannels(style.backgroundColor);
      return c && c.r === r && c.g === g && c.b === b && Math.abs(c.a - a) < 0.01;
    }).map(({ rect }) => rect);
    return [name, toSpans(charactersIn(characters, rects))];
  }));
  return { renderedUpTo, ...painted };
}

/**
 * The active editor's decorations grouped by decoration type (the class names VS Code gives each type), each with the
 * spans of `text` it paints, the computed style of its first box, the text colour over it, and the editor background:
 * what a reader sees, with no colour known beforehand.
 */
export async function paintedTypes(page, text) {
  const { characters, renderedUpTo, boxes, background } = await readPaint(page, text);
  const groups = new Map();
  for (const box of boxes) {
    const group = groups.get(box.classes) ?? { classes: box.classes, style: box.style, textColour: box.textColour, rects: [] };
    group.rects.push(box.rect);
    groups.set(box.classes, group);
  }
  return { renderedUpTo, background, types: [...groups.values()].map(({ rects, ...group }) => ({ ...group, spans: toSpans(charactersIn(characters, rects)) })) };
}

/** Sorted offsets as [start, end) spans, adjacent ones merged. */
export function toSpans(offsets) {
  const spans = [];
  for (const offset of [...new Set(offsets)].sort((a, b) => a - b)) {
    const last = spans.at(-1);
    if (last && last[1] === offset) last[1] = offset + 1;
    else spans.push([offset, offset + 1]);
  }
  return spans;
}

/** The notification toast (bottom right) whose text matches `text`. */
export function notificationToast(page, text) {
  return page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
}

/** A button of a notification toast, by its label ("Cancel"). */
export function notificationButton(toast, label) {
  return toast.locator('.notification-list-item-buttons-container .monaco-button', { hasText: label }).first();
}

/** The message a tree view shows above its rows (TreeView.message), in the side bar. */
export function sidebarViewMessage(page) {
  return page.locator('.part.sidebar .tree-explorer-viewlet-tree-view .message').first();
}

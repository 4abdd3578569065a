// Which language VS Code gives a file it has not opened, from the language contributions of every installed extension
// (built-in ones included) and the `files.associations` setting: the workspace index decides which files are articles
// without opening each one.
import * as vscode from 'vscode';
import type { LanguageTable } from './pathRules';

/** What a language contribution in an extension's package.json says about file names. */
interface LanguageContribution {
  id?: unknown;
  extensions?: unknown;
  filenames?: unknown;
  filenamePatterns?: unknown;
}

/** Languages VS Code itself defines, not an extension: plain text. */
const CORE_EXTENSIONS: readonly (readonly [string, string])[] = [['.txt', 'plaintext']];

/** The table as the installed extensions and settings say now. */
export function currentLanguageTable(): LanguageTable {
  const extensions = new Map<string, string>(CORE_EXTENSIONS);
  const filenames = new Map<string, string>();
  const patterns: [string, string][] = [];
  for (const extension of vscode.extensions.all) {
    const languages = (extension.packageJSON as { contributes?: { languages?: unknown } })?.contributes?.languages;
    if (!Array.isArray(languages)) continue;
    for (const language of languages as LanguageContribution[]) {
      if (typeof language.id !== 'string') continue;
      for (const ext of strings(language.extensions)) extensions.set(ext.toLowerCase(), language.id);
      for (const name of strings(language.filenames)) filenames.set(name, language.id);
      for (const pattern of strings(language.filenamePatterns)) patterns.push([pattern, language.id]);
    }
  }
  const associations = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('associations') ?? {};
  // The user's associations win over every contribution.
  const associated = Object.entries(associations).flatMap(([pattern, id]) => (typeof id === 'string' ? [[pattern, id] as [string, string]] : []));
  return { extensions, filenames, patterns: [...associated, ...patterns] };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

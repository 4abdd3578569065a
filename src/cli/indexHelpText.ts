// What `newslens index --help` prints, and the help of the options every run over many articles shares (--jobs,
// --progress, --quiet), which annotate's and check's help include for --jsonl.

/** `newslens index` in the usage shown with every usage error. */
export const INDEX_USAGE = `       newslens index DIR [--out FILE] [--max-characters N] [--corrections FILE | --no-corrections]
                      [--jobs N] [--progress | --quiet]`;

/** --jobs, --progress and --quiet, for a run over lines (--jsonl) or files (index). */
export const RUN_OPTIONS_HELP = (unit: 'lines' | 'files'): string => `  --jobs N           Work on N worker threads (1 to 256; default: the number of cores). The
                     output is the same, byte for byte, and in the same order as with --jobs 1,
                     which works in this process, one ${unit === 'lines' ? 'line' : 'file'} after another. At most 2N ${unit}
                     are read ahead of the output, so memory grows with N, not with the input.${unit === 'lines' ? `
                     --jsonl only.` : ''}
  --progress         Show progress on stderr (${unit} done, ${unit} per second) even when stderr is
                     not a terminal; on a terminal it is shown anyway. Never on stdout.
  --quiet            Show no progress.`;

/** Help for `newslens index`. */
export const INDEX_HELP = `Usage: newslens index DIR [--out FILE] [--max-characters N] [--corrections FILE | --no-corrections]
                      [--jobs N] [--progress | --quiet]

Writes the workspace index of the folder DIR, the data the editor's Facts sidebar shows for a
workspace: one JSON line per article, in path order (each folder's entries sorted by name):
  {"path", "articleDate": {"value", "source"}, "entities": [{"id", "kind", "name", "role"?,
   "mentions", "first": {"start", "end"}}]}
path is relative to DIR, with '/' between folders; entities are the article's people,
organizations and places in first-mention order, mentions how often it names each, first its
first mention as UTF-16 offsets (end exclusive). The article date is a dateline or "Date:" line
in the text, else the day the file was last modified.

Articles are the .news, .txt and .md files under DIR. Folders named node_modules or starting with
a dot (.git) are not entered. A symbolic link is read only when it leads to an article file
inside DIR; one leading outside DIR or to a folder is not followed (and says so on stderr).
Binary files (NUL bytes or invalid UTF-8) and files longer than --max-characters are skipped
with a line on stderr; they do not change the exit status.

Options:
  --out FILE         Write the index to FILE (created or emptied first) instead of stdout.
  --max-characters N Skip articles longer than N characters (default 200000, the editor's
                     newsLens.maxCharacters).
  --corrections FILE Apply the corrections in FILE to every article. Without it, the
                     .newslens.json in DIR or the nearest folder above it, if any, applies to
                     every article, as the editor applies its workspace folder's; a bad
                     corrections file is bad usage (exit status 2).
  --no-corrections   Apply no corrections.
${RUN_OPTIONS_HELP('files')}
  -h, --help         Show this help.

Exit status: 0 success (files skipped included), 1 a file or folder could not be read or
analysed (the others are still indexed), DIR is not a folder, or the output could not be written,
2 bad usage.
`;

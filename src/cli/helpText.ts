// What `newslens --help`, `newslens annotate --help` and `newslens check --help` print: the CLI contract, in the user's words.

import { INDEX_USAGE, RUN_OPTIONS_HELP } from './indexHelpText';

export { INDEX_HELP } from './indexHelpText';

/** The one-line usage shown with every usage error. */
export const USAGE = `Usage: newslens annotate FILE... [--date YYYY-MM-DD] [--format text|json|md|csv]
                         [--corrections FILE | --no-corrections]
       newslens annotate --jsonl [--date YYYY-MM-DD] [--corrections FILE]
                         [--jobs N] [--progress | --quiet] < articles.jsonl
       newslens check FILE... [--date YYYY-MM-DD] [--format text|json]
                      [--fail-on information|warning] [--enable RULE,...] [--disable RULE,...]
                      [--numerals ap|chicago|off] [--corrections FILE | --no-corrections]
       newslens check --jsonl [--date YYYY-MM-DD] [--enable/--disable RULE,...] [--numerals STYLE]
                      [--corrections FILE] [--jobs N] [--progress | --quiet] < drafts.jsonl
${INDEX_USAGE}
       newslens --help | --version`;

/** Help for the whole program. */
export const MAIN_HELP = `newslens: find the people, organizations, places, dates, figures and quotes in news articles.
Runs entirely on your machine; nothing is sent anywhere.

${USAGE}

Commands:
  annotate    Annotate article files, or JSON lines on stdin with --jsonl.
              Run 'newslens annotate --help' for its options and output formats.
  check       Check drafts for the mistakes an editor hunts for (a weekday that disagrees with its
              date, a name spelt two ways, percent written two ways...), by FILE:LINE:COLUMN.
              Run 'newslens check --help' for its rules and options.
  index       Write the workspace index of a folder: one JSON line per article (path, article
              date, people, organizations and places with their counts).
              Run 'newslens index --help' for its options.

Options:
  -h, --help     Show this help.
  -v, --version  Show the version.

Exit status: 0 success, 1 some file or line could not be annotated, checked or indexed, or stdin/stdout failed
(a read or write error, reported in one line on stderr), or a check finding reached --fail-on, 2 bad usage
(a bad corrections file too). A reader that goes away (newslens … | head) is not a failure.
`;

/** Help for `newslens annotate`. */
export const ANNOTATE_HELP = `Usage: newslens annotate FILE... [--date YYYY-MM-DD] [--format text|json|md|csv]
                         [--corrections FILE | --no-corrections]
       newslens annotate --jsonl [--date YYYY-MM-DD] [--corrections FILE]
                         [--jobs N] [--progress | --quiet] < articles.jsonl

Annotates each FILE (UTF-8 text) whole and prints its facts.

Options:
  --date YYYY-MM-DD  The article date that relative dates ("Monday", "last month") are resolved
                     against. Without it: a dateline or "Date:" line in the text, else the
                     day the file was last modified (--jsonl: the line's "date", else today).
  --format FORMAT    text  facts grouped by kind with line:column positions (default)
                     json  one JSON document for the whole run: always an array, even for a
                           single file, with one object per annotated file: {"file",
                           "articleDate": {"value", "source"}, "analysedChars", "warnings",
                           "mentions", "entities"}. Files that failed are left out.
                     md    a Markdown fact sheet per file, a table per kind
                     csv   header file,kind,start,end,text,entity,role,dateType,value,figureType,
                           unit,speaker then one row per mention (RFC 4180 quoting, CRLF records).
                           A cell starting with = + - @, a tab or a CR gets a leading ' so that
                           spreadsheets never run it as a formula; plain numbers such as -3.5 are
                           left as they are.
  --jsonl            Read one JSON object per line on stdin: {"id", "text", "date"?}. Write exactly
                     one line per object, in order: {"id", "mentions": [...]}. Blank lines are
                     skipped (no output). A bad line (invalid JSON, "text" missing or not a string,
                     bad "date", bytes that are not valid UTF-8) still gets its line: {"id": <id or
                     null>, "mentions": [], "error"}, a message on stderr with its line number, and
                     exit status 1 at the end; the other lines are still answered.
                     --date, if given, applies to lines without a "date". No --format, no FILE.
  --corrections FILE Apply the corrections in FILE (the editor's .newslens.json: a name's kind,
                     "not a fact", "same as") to every article. Without it each FILE gets the
                     .newslens.json in its own folder or the nearest folder above it, if any;
                     --jsonl lines get corrections only from --corrections. A corrections file
                     that is missing or has a problem is bad usage: each problem is one line on
                     stderr as FILE:LINE:COLUMN: message, nothing is annotated, exit status 2.
  --no-corrections   Apply no corrections, not even a .newslens.json found beside the files.
${RUN_OPTIONS_HELP('lines')}
  -h, --help         Show this help.

A mention is {kind, start, end, text, entity?, role?, dateType?, value?, figureType?, unit?, speaker?}
with only those keys, in that order. start/end are UTF-16 offsets (end exclusive) and
text === input.slice(start, end). For files, offsets count from after a UTF-8 byte order mark,
which is dropped; CRLF line endings are kept, so offsets are into the text exactly as read.
Text positions line:column are 1-based, columns in UTF-16 code units.

Input must be UTF-8, and invalid bytes are refused, never replaced with U+FFFD: a FILE with them
is not annotated, a --jsonl line with them gets an error line. A missing, unreadable or binary file
(NUL bytes or invalid UTF-8) is reported on stderr as 'newslens: FILE: reason'; the other files are
still annotated and the exit status is 1. If stdin cannot be read or stdout cannot be written
(a directory as stdin, a full disk), one line on stderr says so and the exit status is 1.
`;

/** Help for `newslens check`. */
export const CHECK_HELP = `Usage: newslens check FILE... [--date YYYY-MM-DD] [--format text|json]
                      [--fail-on information|warning] [--enable RULE,...] [--disable RULE,...]
                      [--numerals ap|chicago|off] [--corrections FILE | --no-corrections]
       newslens check --jsonl [--date YYYY-MM-DD] [--enable/--disable RULE,...] [--numerals STYLE]
                      [--corrections FILE] [--jobs N] [--progress | --quiet] < drafts.jsonl

Checks each FILE (UTF-8 text), analysed whole as 'newslens annotate' analyses it, for the mistakes
an editor hunts for, and prints what it finds. Findings never change the exit status unless
--fail-on says they should.

Rules (each on by default unless marked):
  name-variant        one person or organization spelt two ways ("Mishustin" ... "Mishustine")
  weekday-date        a weekday that disagrees with its date ("Wednesday, March 4, 2025")
  unattributed-quote  a quotation of a sentence or more that no one is said to have spoken
  first-reference     a person first named by surname only when the full name comes later
  title-case          a formal title in the wrong case ("president Donald Trump")
  numerals            house style for numbers (AP by default; see --numerals)
  percent-style       "percent", "per cent" and "%" mixed in one draft
  attribution-tense   "said" and "says" mixed for speech (hint)
  anonymous-source    anonymous attribution ("officials said") (hint; off by default)
Inline switches in a draft quiet rules where they stand: <!-- newslens-disable RULE --> ...
<!-- newslens-enable --> in Markdown, a line '// newslens-disable RULE' in plain text, and
newslens-disable-next-line for the next line only (without RULE: every rule).

Options:
  --date YYYY-MM-DD  The article date: the year of a date written without one ("Wednesday,
                     March 4"), and what relative dates are resolved against. Without it: a
                     dateline or "Date:" line in the text, else the day the file was last
                     modified (--jsonl: the line's "date", else today).
  --format FORMAT    text  one line per finding, FILE:LINE:COLUMN: SEVERITY RULE: MESSAGE, in
                           file and document order, then one summary line (default)
                     json  one JSON document for the whole run: always an array, with one object
                           per checked file: {"file", "articleDate": {"value", "source"},
                           "findings": [...]}. Files that failed are left out.
  --fail-on LEVEL    information  any information or warning finding makes the exit status 1
                     warning      only warning findings do
                     Hint findings never fail a run. Not with --jsonl.
  --enable RULE,...  Switch rules on (anonymous-source is off by default). May be repeated.
  --disable RULE,... Switch rules off. May be repeated. A rule may not be both.
  --numerals STYLE   ap (default: one to nine in words, figures from 10), chicago (one to one
                     hundred in words) or off.
  --jsonl            Read one JSON object per line on stdin: {"id", "text", "date"?}. Write exactly
                     one line per object, in order: {"id", "findings": [...]}. Blank lines are
                     skipped (no output). A bad line (invalid JSON, "text" missing or not a string,
                     bad "date", bytes that are not valid UTF-8) still gets its line: {"id": <id or
                     null>, "findings": [], "error"}, a message on stderr with its line number, and
                     exit status 1 at the end; the other lines are still answered.
                     --date, if given, applies to lines without a "date". No --format, no FILE.
  --corrections FILE Apply the corrections in FILE (the editor's .newslens.json) before checking,
                     as 'newslens annotate' does. Without it each FILE gets the .newslens.json in
                     its own folder or the nearest folder above it, if any; --jsonl lines get
                     corrections only from --corrections. A bad corrections file is bad usage:
                     nothing is checked, exit status 2.
  --no-corrections   Apply no corrections, not even a .newslens.json found beside the files.
${RUN_OPTIONS_HELP('lines')}
  -h, --help         Show this help.

A finding is {rule, start, end, text, message, severity, fixes?} with only those keys, in that
order; fixes, when there are some, are [{title, edits: [{start, end, newText}]}]. start/end are
UTF-16 offsets (end exclusive) and text === input.slice(start, end). severity is hint,
information or warning. For files, offsets count from after a UTF-8 byte order mark, which is
dropped. Text positions LINE:COLUMN are 1-based, columns in UTF-16 code units.

Input must be UTF-8, and invalid bytes are refused, never replaced with U+FFFD. A missing,
unreadable or binary file is reported on stderr as 'newslens: FILE: reason'; the other files are
still checked and the exit status is 1. The analysis's warnings and a rule that failed (its
findings are then missing) are reported on stderr as 'newslens: FILE: warning: ...' (--jsonl:
'newslens: stdin line N: warning: ...'); they do not change the exit status.

Exit status: 0 the run succeeded, whatever it found; 1 a file or line could not be checked,
stdin/stdout failed, or a finding reached --fail-on; 2 bad usage (an unknown rule or value, a bad
corrections file).
`;

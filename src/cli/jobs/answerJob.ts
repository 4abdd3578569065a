// The one place an article of a run is answered, in a worker thread or (with --jobs 1) in the main thread, so both
// give the same bytes: each task's line function, its reply, and the reply when a worker thread dies under it.
import { loadLanguageTools } from '../../engine/checks';
import { annotateJsonlLine, notUtf8Line } from '../annotateJsonl';
import { checkJsonlLine, notUtf8CheckLine } from '../checkJsonl';
import { indexArticle } from '../indexArticle';
import { outputLineOf } from '../outputLine';
import { parseJsonlRecord, type JsonlAnswer, type JsonlAnswerer } from '../jsonlLines';
import type { JobInput, JobReply, JobSpec } from './jobProtocol';

/** Answers one article of a run. */
export type AnswerJob = (input: JobInput) => JobReply | Promise<JobReply>;

/** The answerer of a run's articles; `check` first loads the language tools its rules need. */
export async function jobAnswerer(spec: JobSpec): Promise<AnswerJob> {
  switch (spec.task) {
    case 'annotate':
      return jsonlAnswer({ line: (line) => annotateJsonlLine(line, spec.defaultDate, spec.corrections), notUtf8: notUtf8Line });
    case 'check': {
      const context = { language: await loadLanguageTools(), settings: spec.settings, defaultDate: spec.defaultDate, corrections: spec.corrections };
      return jsonlAnswer({ line: (line) => checkJsonlLine(line, context), notUtf8: notUtf8CheckLine });
    }
    case 'index':
      return (input) => {
        if (!('file' in input)) throw new Error('index answers files, not lines');
        return indexArticle(input.file, input.path, spec);
      };
  }
}

/** A --jsonl line's answer as a reply: its output line, its warnings and its error, exactly as written without workers. */
function jsonlAnswer<Result extends { error?: string }>(answerer: JsonlAnswerer<Result>): AnswerJob {
  return (input) => {
    if ('file' in input) throw new Error('--jsonl answers lines, not files');
    return jsonlReply('line' in input ? answerer.line(input.line) : answerer.notUtf8(input.bytes));
  };
}

function jsonlReply<Result extends { error?: string }>({ result, warnings }: JsonlAnswer<Result>): JobReply {
  return { output: outputLineOf(result), warnings, ...(result.error !== undefined ? { error: result.error } : {}) };
}

/** The reply to an article whose worker thread died while answering it (out of memory, say): a failed line, as when
 *  its analysis throws, with the line's id when it can be read. The run goes on in a new worker thread. */
export function crashReply(spec: JobSpec, input: JobInput, error: Error): JobReply {
  const why = `the worker thread stopped: ${error.message}`;
  if (spec.task === 'index') return { warnings: [], error: `analysis failed: ${why}` };
  const id = 'line' in input ? parseJsonlRecord(input.line).id : null;
  const failed = spec.task === 'annotate' ? { id, mentions: [], error: `analysis failed: ${why}` } : { id, findings: [], error: `check failed: ${why}` };
  return jsonlReply({ result: failed, warnings: [] });
}

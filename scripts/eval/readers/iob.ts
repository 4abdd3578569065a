// Decodes IOB1/IOB2 tag sequences into chunks with conlleval's rules, so both CoNLL formats share one decoder.

/** A labelled run of tokens [first, end) within one sentence. */
export interface TagChunk {
  type: string;
  first: number;
  end: number;
}

function splitTag(tag: string): { prefix: string; type: string } {
  if (tag === 'O' || tag === '') return { prefix: 'O', type: '' };
  const dash = tag.indexOf('-');
  return dash < 0 ? { prefix: 'I', type: tag } : { prefix: tag.slice(0, dash), type: tag.slice(dash + 1) };
}

/** Chunks of one sentence's tags. conlleval: a chunk starts at B-X, or at I-X after O or another type. */
export function decodeChunks(tags: readonly string[]): TagChunk[] {
  const chunks: TagChunk[] = [];
  let open: TagChunk | undefined;
  tags.forEach((tag, i) => {
    const { prefix, type } = splitTag(tag);
    const continues = open !== undefined && prefix === 'I' && type === open.type;
    if (open && !continues) {
      chunks.push(open);
      open = undefined;
    }
    if (prefix !== 'O' && !continues) open = { type, first: i, end: i + 1 };
    else if (continues && open) open.end = i + 1;
  });
  if (open) chunks.push(open);
  return chunks;
}

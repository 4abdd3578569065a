// Turns UTF-16 offsets into the line:column positions a reader looks for in their editor.

/** A 1-based line and 1-based column (counted in UTF-16 code units, like the offsets). */
export interface LineColumn {
  line: number;
  column: number;
}

/** Finds line and column of offsets in one text; CRLF, LF and lone CR each end a line, as in VS Code. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (code === 10 || code === 13) this.lineStarts.push(i + 1);
    }
  }

  /** The position of `offset` (clamped to the text). */
  positionAt(offset: number): LineColumn {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: Math.max(0, offset - this.lineStarts[low]) + 1 };
  }

  /** "line:column" of `offset`, the way compilers and the text report print positions. */
  label(offset: number): string {
    const { line, column } = this.positionAt(offset);
    return `${line}:${column}`;
  }
}

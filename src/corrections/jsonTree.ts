// A JSON reader that keeps where each value is written, so a hand-edited corrections file gets errors at the right
// line (JSON.parse says only that something is wrong). Strict JSON (RFC 8259); never throws.

/** A JSON value with the offsets [start, end) of its text. */
export type JsonNode = { start: number; end: number } & (
  | { type: 'object'; members: JsonMember[] }
  | { type: 'array'; items: JsonNode[] }
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null'; value: null });

/** One `"key": value` of an object, with where its key is written. */
export interface JsonMember {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

/** The tree of a JSON text, or the first syntax error and where it is. */
export type JsonParse = { ok: true; value: JsonNode } | { ok: false; message: string; offset: number };

class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Reads one JSON text (a byte order mark before it is allowed). */
export function parseJsonTree(text: string): JsonParse {
  const reader = new Reader(text);
  try {
    reader.skipSpace();
    const value = reader.value();
    reader.skipSpace();
    if (reader.at < text.length) reader.fail('unexpected text after the end of the JSON value');
    return { ok: true, value };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, message: error.message, offset: error.offset };
    return { ok: false, message: String(error), offset: 0 };
  }
}

class Reader {
  at: number;

  constructor(private readonly text: string) {
    this.at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  fail(message: string, offset = this.at): never {
    throw new JsonSyntaxError(message, offset);
  }

  skipSpace(): void {
    while (this.at < this.text.length && ' \t\r\n'.includes(this.text[this.at])) this.at++;
  }

  value(): JsonNode {
    const char = this.text[this.at];
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') { const start = this.at; return { type: 'string', value: this.string(), start, end: this.at }; }
    if (char === '-' || (char >= '0' && char <= '9')) return this.number();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.at)) {
        const start = this.at;
        this.at += word.length;
        return value === null ? { type: 'null', value, start, end: this.at } : { type: 'boolean', value, start, end: this.at };
      }
    }
    return this.fail(char === undefined ? 'the file ends where a value was expected' : `unexpected ${describe(char)} where a value was expected`);
  }

  private object(): JsonNode {
    const start = this.at++;
    const members: JsonMember[] = [];
    this.skipSpace();
    if (this.text[this.at] === '}') { this.at++; return { type: 'object', members, start, end: this.at }; }
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] !== '"') this.fail(this.text[this.at] === '}' ? 'a comma before "}" (JSON allows no trailing comma)' : 'expected a "quoted" key');
      const keyStart = this.at;
      const key = this.string();
      const keyEnd = this.at;
      this.skipSpace();
      if (this.text[this.at] !== ':') this.fail(`expected ":" after the key "${key}"`);
      this.at++;
      this.skipSpace();
      members.push({ key, keyStart, keyEnd, value: this.value() });
      this.skipSpace();
      if (this.text[this.at] === ',') { this.at++; continue; }
      if (this.text[this.at] === '}') { this.at++; return { type: 'object', members, start, end: this.at }; }
      this.fail('expected "," or "}" after a value in an object');
    }
  }

  private array(): JsonNode {
    const start = this.at++;
    const items: JsonNode[] = [];
    this.skipSpace();
    if (this.text[this.at] === ']') { this.at++; return { type: 'array', items, start, end: this.at }; }
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] === ']') this.fail('a comma before "]" (JSON allows no trailing comma)');
      items.push(this.value());
      this.skipSpace();
      if (this.text[this.at] === ',') { this.at++; continue; }
      if (this.text[this.at] === ']') { this.at++; return { type: 'array', items, start, end: this.at }; }
      this.fail('expected "," or "]" after an item of a list');
    }
  }

  private string(): string {
    const start = this.at++;
    let value = '';
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined || char === '\n') this.fail('a string is not closed with "', start);
      this.at++;
      if (char === '"') return value;
      if (char !== '\\') { value += char; continue; }
      const escape = this.text[this.at++];
      if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at, this.at + 4))) {
        value += String.fromCharCode(parseInt(this.text.slice(this.at, this.at + 4), 16));
        this.at += 4;
      } else if (escape !== undefined && ESCAPES[escape] !== undefined) {
        value += ESCAPES[escape];
      } else {
        this.fail(`a bad escape "\\${escape ?? ''}" in a string`, this.at - 2);
      }
    }
  }

  private number(): JsonNode {
    const start = this.at;
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.at, this.at + 400));
    if (!match) this.fail('a malformed number');
    this.at += match[0].length;
    return { type: 'number', value: Number(match[0]), start, end: this.at };
  }
}

function describe(char: string): string {
  return /\s/.test(char) ? 'white space' : `"${char}"`;
}

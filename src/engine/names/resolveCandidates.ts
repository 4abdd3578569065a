// The document-wide pass: a bare "Xi" or "Mishustin's" is the person named in full elsewhere; "Reuters" again is
// Reuters; "General Motors (GM)" makes GM an organization; "Putin and Xi" share a kind.
import type { TextSpan } from '../types';
import type { NameKind, NameMention } from './nameMention';
import type { Run } from './runs';
import { runName } from './classify';

/** A capitalised run no rule could classify in its own sentence. */
export interface Candidate {
  run: Run;
  sentence: TextSpan;
}

/** Candidates split into those the names found so far classify and those still open. */
export interface Resolution {
  resolved: NameMention[];
  open: Candidate[];
}

const MAX_ROUNDS = 3;
/** What joins two coordinated names: "A and B", "A or B" (a bare comma may open an apposition instead). */
const COORDINATION_BEFORE = /\)?,?[ \t]+(?:and|or)[ \t]+$/;
const COORDINATION_AFTER = /^,?[ \t]+(?:and|or)[ \t]+/;

/** What the document already knows: kinds by name, words of full person names, names by where they start and end. */
class KnownNames {
  private readonly kindByName = new Map<string, NameKind>();
  private readonly personParts = new Set<string>();
  private readonly byEnd = new Map<number, NameMention>();
  private readonly byStart = new Map<number, NameMention>();

  constructor(private readonly text: string, names: NameMention[]) {
    names.forEach((name) => this.add(name));
  }

  add(name: NameMention): void {
    const written = this.text.slice(name.start, name.end);
    this.kindByName.set(written, name.kind);
    const words = written.split(/\s+/);
    if (name.kind === 'person' && words.length > 1) [words[0], words[words.length - 1]].forEach((w) => this.personParts.add(w));
    this.byEnd.set(name.end, name);
    this.byStart.set(name.start, name);
  }

  /** The kind of the candidate by the same name seen elsewhere, a full person's name, an acronym's expansion or coordination. */
  kindOf(run: Run): NameKind | undefined {
    const name = runName(run);
    if (this.kindByName.has(name)) return this.kindByName.get(name);
    if (run.tokens.length === 1 && this.personParts.has(name)) return 'person';
    const before = this.text.slice(Math.max(0, run.start - 12), run.start);
    const expansion = /[ \t]\($/.test(before) && this.text[run.end] === ')' ? this.byEnd.get(run.start - 2) : undefined;
    if (expansion && expansion.kind !== 'person') return expansion.kind;
    const joinBefore = COORDINATION_BEFORE.exec(before);
    const joinAfter = COORDINATION_AFTER.exec(this.text.slice(run.end, run.end + 12));
    return (joinBefore ? this.byEnd.get(run.start - joinBefore[0].length)?.kind : undefined)
      ?? (joinAfter ? this.byStart.get(run.end + joinAfter[0].length)?.kind : undefined);
  }
}

/** Classifies candidates by the names already found (and by each other, over a few rounds); the rest stay open. */
export function resolveCandidates(text: string, names: NameMention[], candidates: Candidate[]): Resolution {
  const known = new KnownNames(text, names);
  const resolved: NameMention[] = [];
  let open = candidates;
  for (let round = 0; round < MAX_ROUNDS && open.length > 0; round++) {
    const stillOpen: Candidate[] = [];
    for (const candidate of open) {
      const kind = known.kindOf(candidate.run);
      if (!kind) { stillOpen.push(candidate); continue; }
      const name = { kind, start: candidate.run.start, end: candidate.run.end };
      resolved.push(name);
      known.add(name);
    }
    if (stillOpen.length === open.length) break;
    open = stillOpen;
  }
  return { resolved, open };
}

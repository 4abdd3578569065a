// Compact views of an analysis for assertions: "kind text" strings and roles by name.
import { analyse, type Analysis } from '../../../../src/engine';

/** Analyses `text` with a fixed article date. */
export function analyseText(text: string): Analysis {
  return analyse(text, { articleDate: '2025-06-02' });
}

/** The person, organization and place mentions as "kind text" strings, in document order. */
export function namesOf(text: string): string[] {
  return analyseText(text).mentions.filter((m) => ['person', 'organization', 'place'].includes(m.kind)).map((m) => `${m.kind} ${m.text}`);
}

/** The role recorded on each person mention that has one, as "name: role". */
export function rolesOf(text: string): string[] {
  return analyseText(text).mentions.filter((m) => m.role).map((m) => `${m.text}: ${m.role}`);
}

/**
 * What a rewrite of BENCHMARKS.md keeps from the file it replaces: the hand-written closing note
 * (from its heading to the next generated heading) and every block written by other tools
 * between `<!-- mixed-load:start -->` and `<!-- mixed-load:end -->`, markers included.
 */
export const CLOSING_NOTE_HEADING = '## Reading the results (closing note)';
const MIXED_LOAD = /^<!-- mixed-load:start -->[\s\S]*?<!-- mixed-load:end -->/gm;

export interface KeptSections {
  closingNote: string | null;
  mixedLoad: string[];
}

export function keptSections(previous: string | null): KeptSections {
  if (!previous) return { closingNote: null, mixedLoad: [] };
  const mixedLoad = [...previous.matchAll(MIXED_LOAD)].map((m) => m[0]);
  // The note runs until the next level-2 heading outside it; a mixed-load block inside it stays in mixedLoad only.
  const withoutBlocks = previous.replace(MIXED_LOAD, '');
  const start = withoutBlocks.indexOf(CLOSING_NOTE_HEADING);
  if (start < 0) return { closingNote: null, mixedLoad };
  const rest = withoutBlocks.slice(start + CLOSING_NOTE_HEADING.length);
  const next = rest.search(/^## /m);
  const closingNote = (CLOSING_NOTE_HEADING + (next < 0 ? rest : rest.slice(0, next))).trim();
  return { closingNote, mixedLoad };
}

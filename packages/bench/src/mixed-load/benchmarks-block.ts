export const START_MARKER = '<!-- mixed-load:start -->';
export const END_MARKER = '<!-- mixed-load:end -->';

/**
 * Puts `content` between the mixed-load markers of `document`, leaving everything outside them
 * as it was; without markers the block is added at the end. `pnpm bench` keeps this block when it
 * rewrites BENCHMARKS.md.
 */
export function replaceBlock(document: string, content: string): string {
  const block = `${START_MARKER}\n${content.trim()}\n${END_MARKER}`;
  const start = document.indexOf(START_MARKER);
  const end = document.indexOf(END_MARKER, start);
  if (start < 0 || end < 0) return `${document.trimEnd()}\n\n${block}\n`;
  return document.slice(0, start) + block + document.slice(end + END_MARKER.length);
}

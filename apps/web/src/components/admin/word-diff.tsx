import { diffWords } from 'diff';

/** Unchanged words kept on each side of a change; longer unchanged runs are shortened to "…". */
const CONTEXT_WORDS = 6;

function shorten(text: string, keepStart: boolean, keepEnd: boolean): string {
  const words = text.split(/(\s+)/);
  const keep = CONTEXT_WORDS * 2; // words and the spaces between them
  if (words.length <= keep * 2 + 1) return text;
  const start = keepStart ? words.slice(0, keep).join('') : '';
  const end = keepEnd ? words.slice(-keep).join('') : '';
  return `${start}… ${end}`.trimStart();
}

/**
 * A long text's change word by word: removed words struck through, added ones marked, unchanged
 * stretches cut to a few words around each change, so "Tip forward until you…" edits are visible.
 */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after);
  return (
    <span data-testid="word-diff">
      {parts.map((part, index) => {
        if (part.removed) return <del key={index}>{part.value}</del>;
        if (part.added) return <ins key={index}>{part.value}</ins>;
        const first = index === 0;
        const last = index === parts.length - 1;
        return <span key={index}>{shorten(part.value, !first, !last)}</span>;
      })}
    </span>
  );
}

import { FLAG_HINTS, FLAG_LABELS, type AdherenceFlags } from '@sixstep/domain';

export { FLAG_LABELS };
export type FlagName = keyof AdherenceFlags;

/** The three coach flags, as text badges so they read without colour. */
export function FlagBadges({ flags }: { flags: Record<FlagName, boolean> }) {
  const raised = (Object.keys(FLAG_LABELS) as FlagName[]).filter((name) => flags[name]);
  if (raised.length === 0) return <span className="badge good">On track</span>;
  return (
    <span className="row" style={{ gap: '0.35rem' }}>
      {raised.map((name) => (
        <span
          key={name}
          className={`badge ${name === 'behind' ? 'warn' : 'bad'}`}
          title={FLAG_HINTS[name]}
        >
          {FLAG_LABELS[name]}
        </span>
      ))}
    </span>
  );
}

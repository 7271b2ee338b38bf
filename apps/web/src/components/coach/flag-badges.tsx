/** The three coach flags, as text badges so they read without colour. */
export const FLAG_LABELS = {
  behind: 'Behind',
  silent: 'Silent',
  underFloor: 'Under floor',
} as const;

export type FlagName = keyof typeof FLAG_LABELS;

const FLAG_HINTS: Record<FlagName, string> = {
  behind: 'Overall adherence under 60 % over the last 7 days',
  silent: 'Nothing logged for 3 days',
  underFloor: 'Intake under the calorie floor on 2 or more of the last 7 days',
};

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

import styles from './facts.module.css';
import {
  expectedWeeklyLossKg,
  formatWeight,
  type CalorieTarget,
  type UnitSystem,
} from '@sixstep/domain';

const kcal = (n: number) => `${n.toLocaleString('en-US')} kcal`;

/** How the suggested target comes about, so the coach sees what a change departs from. */
export function CalorieSummary({
  computed,
  chosenKcal,
  unit,
}: {
  computed: CalorieTarget;
  chosenKcal: number | null;
  unit: UnitSystem;
}) {
  const deficit = chosenKcal === null ? computed.deficitKcal : computed.tdee - chosenKcal;
  const weekly = expectedWeeklyLossKg(deficit);
  return (
    <dl className={styles.facts}>
      <div>
        <dt>BMR</dt>
        <dd>{kcal(computed.bmr)}</dd>
      </div>
      <div>
        <dt>TDEE (maintenance)</dt>
        <dd>{kcal(computed.tdee)}</dd>
      </div>
      <div>
        <dt>Suggested target</dt>
        <dd>{kcal(computed.targetKcal)}</dd>
      </div>
      <div>
        <dt>Floor</dt>
        <dd>{kcal(computed.floorKcal)}</dd>
      </div>
      <div>
        <dt>Expected change</dt>
        <dd>
          {weekly > 0
            ? `−${formatWeight(weekly, unit, 2)} a week`
            : 'no loss expected at this intake'}
        </dd>
      </div>
    </dl>
  );
}

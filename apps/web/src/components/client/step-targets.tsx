import type { TodayPlan } from './api-types';
import styles from './plan.module.css';

const kcal = (n: number) => `${n.toLocaleString('en')} kcal`;

/** The day at a glance: calories, food and treats, the targets the day log is checked against. */
export function DayTargets({ plan }: { plan: TodayPlan }) {
  const { calories, food, treats } = plan;
  return (
    <ul className={styles.targets}>
      <li data-testid="calorie-target">
        <span>Calories</span>
        <span className={styles.value}>
          {calories.floorKcal.toLocaleString('en')}–{kcal(calories.targetKcal)}
        </span>
      </li>
      <li>
        <span>Protein</span>
        <span className={styles.value}>
          {food.proteinEveryMeal ? 'in every meal' : 'as you like'}
        </span>
      </li>
      <li>
        <span>Healthy fats</span>
        <span className={styles.value}>
          {food.fatServingsMin}–{food.fatServingsMax} servings
        </span>
      </li>
      <li>
        <span>Vegetables</span>
        <span className={styles.value}>at least {food.vegServingsMin} servings</span>
      </li>
      <li>
        <span>Treats left this week</span>
        <span className={styles.value}>
          {treats.leftThisWeek} of {treats.allowancePerWeek}
        </span>
      </li>
    </ul>
  );
}

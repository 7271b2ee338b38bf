import { EmptyState } from '@/components/ui/states';

/** Shown instead of a plan when the coach has not assigned one yet. */
export function NoProgramYet() {
  return (
    <EmptyState title="Your coach has not assigned a program yet">
      Once your coach sets up your six-step plan, your exercises, cardio and food targets show up
      here. There is nothing to log until then.
    </EmptyState>
  );
}

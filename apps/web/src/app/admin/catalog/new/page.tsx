import type { Metadata } from 'next';
import Link from 'next/link';
import { ExerciseCreator } from '@/components/admin/exercise-creator';

export const metadata: Metadata = { title: 'New exercise' };

export default function NewExercisePage() {
  return (
    <>
      <p>
        <Link href="/admin/catalog">← Back to the catalog</Link>
      </p>
      <h1>New exercise</h1>
      <ExerciseCreator />
    </>
  );
}

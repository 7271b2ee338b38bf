import type { Metadata } from 'next';
import Link from 'next/link';
import { ExerciseEditor } from '@/components/admin/exercise-editor';

export const metadata: Metadata = { title: 'Edit exercise' };

export default async function EditExercisePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <>
      <p>
        <Link href="/admin/catalog">← Back to the catalog</Link>
      </p>
      <ExerciseEditor id={id} />
    </>
  );
}

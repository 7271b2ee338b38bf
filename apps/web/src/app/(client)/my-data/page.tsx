import type { Metadata } from 'next';
import { DownloadLink } from '@/components/ui/download-link';

export const metadata: Metadata = { title: 'Your data' };

/** The client takes away a copy of everything Sixstep keeps about them. */
export default function MyDataPage() {
  return (
    <>
      <h1>Your data</h1>
      <section className="card" aria-labelledby="download-title">
        <h2 id="download-title">Download a copy</h2>
        <p>One file (JSON) with everything Sixstep keeps about you:</p>
        <ul>
          <li>your account: name, e-mail address and unit setting (never your password);</li>
          <li>
            the profile your coach set up: sex, birth date, height, start weight, activity level;
          </li>
          <li>your programs, with the targets your coach set for you;</li>
          <li>
            every day you logged (calories, meals, servings, treats, weight, notes) and every
            workout.
          </li>
        </ul>
        <p className="muted">
          Masses are in kilograms, lengths in centimetres and energy in kilocalories, whatever units
          you view the app in. Your coach&rsquo;s private working notes are theirs and are not part
          of the file.
        </p>
        <DownloadLink href="/api/exports/my-data" label="Download my data (JSON)" />
      </section>
      <section className="card" aria-labelledby="delete-title">
        <h2 id="delete-title">Deleting your account</h2>
        <p>
          Ask your coach to delete your account. They confirm it by typing your e-mail address, and
          your account and all the data above are deleted for good.
        </p>
      </section>
    </>
  );
}

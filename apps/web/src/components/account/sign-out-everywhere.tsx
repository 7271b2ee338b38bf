import { signOutEverywhereAction } from '@/server/actions/account';

/** Ends every session of the account on every device, this one included. */
export function SignOutEverywhere() {
  return (
    <form action={signOutEverywhereAction} className="stack">
      <p className="muted">
        Signs you out on every phone and computer, this one included. Use it if you signed in on a
        device that is not yours, or think someone else knows your password.
      </p>
      <div>
        <button type="submit" className="secondary">
          Sign out everywhere
        </button>
      </div>
    </form>
  );
}

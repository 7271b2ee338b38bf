import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { EmailChangeForm } from '@/components/account/email-change-form';
import { SettingsForm } from '@/components/account/settings-form';
import { SignOutEverywhere } from '@/components/account/sign-out-everywhere';
import { requireSignedIn } from '@/server/require-signed-in';
import { ApiProvider } from '@/trpc/client';
import { serverApi } from '@/trpc/server';
import { redirect } from 'next/navigation';

export const metadata: Metadata = { title: 'Settings' };

/** Every role's own account: profile, password, two-factor, sessions. */
export default async function SettingsPage() {
  await requireSignedIn('/settings');
  const settings = await (await serverApi()).account.settings().catch(() => null);
  if (!settings) redirect('/login?next=/settings');
  return (
    <div className="stack">
      <h1>Settings</h1>
      <section className="card stack" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <p className="muted">Signed in as {settings.email}.</p>
        <ApiProvider>
          <SettingsForm
            initial={{
              name: settings.name,
              unitPreference: settings.unitPreference,
              timeZone: settings.timeZone,
              notificationPreferences: settings.notificationPreferences,
            }}
          />
        </ApiProvider>
      </section>
      <section className="card stack" aria-labelledby="email-heading">
        <h2 id="email-heading">E-mail address</h2>
        <ApiProvider>
          <EmailChangeForm current={settings.email} />
        </ApiProvider>
      </section>
      <section className="card stack" aria-labelledby="password-heading">
        <h2 id="password-heading">Password</h2>
        <ChangePasswordForm email={settings.email} name={settings.name} />
      </section>
      <section className="card stack" aria-labelledby="two-factor-heading">
        <h2 id="two-factor-heading">Two-factor sign-in</h2>
        <p>
          {settings.twoFactorEnabled ? 'On.' : 'Off.'}{' '}
          <Link href="/settings/two-factor">
            {settings.twoFactorEnabled ? 'Manage two-factor sign-in' : 'Set up two-factor sign-in'}
          </Link>
        </p>
      </section>
      <section className="card stack" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sessions</h2>
        <SignOutEverywhere />
      </section>
    </div>
  );
}

import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { TwoFactorSetup } from '@/components/account/two-factor-setup';
import { requireSignedIn } from '@/server/require-signed-in';
import { ApiProvider } from '@/trpc/client';
import { serverApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Two-factor sign-in' };

export default async function TwoFactorPage({
  searchParams,
}: {
  searchParams: Promise<{ required?: string }>;
}) {
  await requireSignedIn('/settings/two-factor');
  const me = await (await serverApi()).auth.me().catch(() => null);
  if (!me) redirect('/login?next=/settings/two-factor');
  const { required } = await searchParams;
  return (
    <div className="card auth-card stack">
      <h1>Two-factor sign-in</h1>
      {required && !me.twoFactorEnabled && (
        <p role="status" className="alert">
          Admins must use two-factor sign-in. Set it up now to continue to the admin area.
        </p>
      )}
      <ApiProvider>
        <TwoFactorSetup enabled={me.twoFactorEnabled} canDisable={me.role !== 'admin'} />
      </ApiProvider>
    </div>
  );
}

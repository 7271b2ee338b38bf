import { redirect } from 'next/navigation';
import { auth } from '@/auth';

const homeByRole = { admin: '/admin/catalog', coach: '/coach', client: '/today' } as const;

export default async function Home() {
  const session = await auth();
  redirect(session?.user ? homeByRole[session.user.role] : '/login');
}

import { LoadingState } from '@/components/ui/states';

/** Placeholder while a client page fetches its data on the server. */
export default function ClientAreaLoading() {
  return <LoadingState label="Loading your plan…" />;
}

import { LoadingState } from '@/components/ui/states';

export default function ClientsLoading() {
  return <LoadingState label="Loading the clients…" />;
}

import { LoadingState } from '@/components/ui/states';

export default function AdminLoading() {
  return <LoadingState label="Loading the admin area…" />;
}

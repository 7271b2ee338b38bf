import { LoadingState } from '@/components/ui/states';

export default function AuditLoading() {
  return <LoadingState label="Loading the audit log…" />;
}

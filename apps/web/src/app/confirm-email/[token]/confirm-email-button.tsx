'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { apiErrorMessage } from '@/components/ui/api-error';
import { useTRPC } from '@/trpc/client';

export function ConfirmEmailButton({ token }: { token: string }) {
  const trpc = useTRPC();
  const confirm = useMutation(trpc.auth.confirmEmailChange.mutationOptions());
  if (confirm.isSuccess)
    return (
      <p role="status" className="success">
        Done: your account now uses {confirm.data.email}. <Link href="/login">Sign in</Link> with
        it.
      </p>
    );
  return (
    <div className="stack">
      {confirm.isError && (
        <p role="alert" className="alert">
          {apiErrorMessage(confirm.error).replace(/^token: /, '')}
        </p>
      )}
      <div>
        <button
          type="button"
          onClick={() => confirm.mutate({ token })}
          disabled={confirm.isPending}
        >
          Use the new address
        </button>
      </div>
    </div>
  );
}

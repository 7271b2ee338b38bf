'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { MESSAGE_MAX_LENGTH, messageBodySchema } from '@sixstep/api/schemas';
import { apiErrorMessage } from '@/components/ui/api-error';
import { fieldControlProps, FormField } from '@/components/ui/form-field';
import { useTRPC } from '@/trpc/client';

/** Marks the check-in reviewed; a reply, if written, goes to the client's conversation. */
export function ReviewForm({ checkinId, clientName }: { checkinId: string; clientName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const review = useMutation(
    trpc.checkins.review.mutationOptions({
      onSuccess: () => router.refresh(),
      onError: (e) => setError(apiErrorMessage(e)),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reply.trim() === '') {
      review.mutate({ id: checkinId });
      return;
    }
    const parsed = messageBodySchema.safeParse(reply);
    if (!parsed.success) {
      setError(parsed.error.issues[0]!.message);
      return;
    }
    review.mutate({ id: checkinId, reply: parsed.data });
  };
  return (
    <form onSubmit={submit} className="stack" noValidate>
      <FormField
        id={id}
        label={`Reply to ${clientName} (optional)`}
        hint="Sent as a message in your conversation."
        error={error ?? undefined}
      >
        <textarea
          {...fieldControlProps(id, error ?? undefined, true)}
          value={reply}
          maxLength={MESSAGE_MAX_LENGTH}
          onChange={(e) => setReply(e.target.value)}
        />
      </FormField>
      <div>
        <button type="submit" disabled={review.isPending}>
          {review.isPending ? 'Saving…' : 'Mark reviewed'}
        </button>
      </div>
    </form>
  );
}

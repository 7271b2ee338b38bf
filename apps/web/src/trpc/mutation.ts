'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { inferRouterInputs } from '@trpc/server';
import type { AppRouter } from '@sixstep/api';

type Inputs = inferRouterInputs<AppRouter>;
type LogsInputs = Inputs['logs'];
/** The mutations the client area's small islands send (the logging of a day). */
export type LightMutation = {
  [K in keyof LogsInputs as `logs.${K & string}`]: LogsInputs[K];
};

/** A refused or failed call, shaped like tRPC's client error where the forms read it (message, data). */
export class ApiCallError extends Error {
  constructor(
    message: string,
    readonly data: { code?: string; fieldErrors?: Record<string, string> } | undefined,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/**
 * One tRPC mutation over plain fetch, for pages that must stay light: no React Query, no tRPC
 * client, no superjson. The inputs sent are plain JSON (strings, numbers, null), which is
 * superjson's wire format for them; the answer is not read (the islands refresh the server view).
 */
async function callMutation<P extends keyof LightMutation>(path: P, input: LightMutation[P]) {
  let response: Response;
  try {
    response = await fetch(`/api/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: input }),
    });
  } catch {
    throw new ApiCallError(
      'Could not reach the server. Check your connection and try again.',
      undefined,
    );
  }
  if (response.ok) return;
  const body = (await response.json().catch(() => null)) as {
    error?: { json?: { message?: string; data?: ApiCallError['data'] } };
  } | null;
  const error = body?.error?.json;
  throw new ApiCallError(error?.message ?? `The server answered ${response.status}`, error?.data);
}

export interface LightMutationState<I> {
  mutate(input: I): void;
  isPending: boolean;
  error: ApiCallError | null;
  reset(): void;
}

/** useMutation's few parts the loggers use, over `callMutation`; a call already running is not repeated. */
export function useLightMutation<P extends keyof LightMutation>(
  path: P,
  handlers: {
    onSuccess?: (input: LightMutation[P]) => void;
    onError?: (error: ApiCallError) => void;
  } = {},
): LightMutationState<LightMutation[P]> {
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(null);
  const running = useRef(false);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const mutate = useCallback(
    (input: LightMutation[P]) => {
      if (running.current) return;
      running.current = true;
      setPending(true);
      setError(null);
      callMutation(path, input)
        .then(() => latest.current.onSuccess?.(input))
        .catch((failure: unknown) => {
          const apiError =
            failure instanceof ApiCallError
              ? failure
              : new ApiCallError(String(failure), undefined);
          setError(apiError);
          latest.current.onError?.(apiError);
        })
        .finally(() => {
          running.current = false;
          setPending(false);
        });
    },
    [path],
  );
  const reset = useCallback(() => setError(null), []);
  return { mutate, isPending, error, reset };
}

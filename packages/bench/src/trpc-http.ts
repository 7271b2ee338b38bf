import {
  queryUrl,
  trpcMutation as sendMutation,
  trpcQuery as sendQuery,
  type TrpcAnswer,
} from '../../../tooling/app-http.ts';

export { queryUrl };

/** The bench wants the procedure's result or a stop: a refused call is an error here. */
function resultOf(answer: TrpcAnswer, procedure: string): unknown {
  if (answer.status !== 200)
    throw new Error(`${procedure}: HTTP ${answer.status} ${answer.errorCode ?? ''}`.trim());
  return answer.data;
}

export async function trpcQuery(
  baseUrl: string,
  cookie: string,
  procedure: string,
  input?: unknown,
): Promise<unknown> {
  return resultOf(await sendQuery(baseUrl, cookie, procedure, input), procedure);
}

export async function trpcMutation(
  baseUrl: string,
  cookie: string,
  procedure: string,
  input: unknown,
): Promise<unknown> {
  return resultOf(await sendMutation(baseUrl, cookie, procedure, input), procedure);
}

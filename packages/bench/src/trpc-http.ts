/** tRPC over plain HTTP with the superjson envelope the server expects: `{"json": input}`. */

export function queryUrl(baseUrl: string, procedure: string, input: unknown): string {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return `${baseUrl}/api/trpc/${procedure}${query}`;
}

async function unwrap(response: Response, procedure: string): Promise<unknown> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${procedure}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return (JSON.parse(text) as { result: { data: { json: unknown } } }).result.data.json;
}

export async function trpcQuery(baseUrl: string, cookie: string, procedure: string, input?: unknown): Promise<unknown> {
  return unwrap(await fetch(queryUrl(baseUrl, procedure, input), { headers: { cookie } }), procedure);
}

export async function trpcMutation(baseUrl: string, cookie: string, procedure: string, input: unknown): Promise<unknown> {
  const response = await fetch(`${baseUrl}/api/trpc/${procedure}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ json: input }),
  });
  return unwrap(response, procedure);
}

/**
 * Signs in the way a browser does, through next-auth's Credentials endpoints over HTTP, and
 * returns the Cookie header that carries the real session (a JWT signed by the server).
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/` }),
  });
  keep(callback);
  const session = [...jar.keys()].find((name) => name.endsWith('authjs.session-token'));
  if (!session) throw new Error(`sign-in failed for ${email} (HTTP ${callback.status}, ${callback.headers.get('location')})`);
  return `${session}=${jar.get(session)}`;
}

/** Signs in many accounts, a few at a time (each sign-in pays for one scrypt hash on the server). */
export async function signInAll(baseUrl: string, emails: string[], password: string, parallel = 4): Promise<string[]> {
  const cookies: string[] = new Array(emails.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < emails.length) {
        const i = next++;
        cookies[i] = await signIn(baseUrl, emails[i]!, password);
      }
    }),
  );
  return cookies;
}

import { signInOrFail } from '../../../tooling/app-http.ts';

/** Signs in many accounts, a few at a time (each sign-in pays for one scrypt hash on the server). */
export async function signInAll(
  baseUrl: string,
  emails: string[],
  password: string,
  parallel = 4,
): Promise<string[]> {
  const cookies = new Array<string>(emails.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < emails.length) {
        const i = next++;
        cookies[i] = await signInOrFail(baseUrl, emails[i]!, password);
      }
    }),
  );
  return cookies;
}

import { generateSecret, generateURI, verify } from 'otplib';

/** 30-second codes of 6 digits (what every authenticator app makes); one step of clock drift allowed. */
const PERIOD = 30;
const TOLERANCE_SECONDS = 30;

export const newTotpSecret = () => generateSecret();

export const totpUri = (secret: string, email: string) =>
  generateURI({ issuer: 'Sixstep', label: email, secret });

/**
 * The time step of a valid code newer than `lastTimeStep`, or null. Refusing steps at or before
 * the last accepted one means a code that worked once cannot be replayed within its window.
 */
export async function acceptTotp(
  secret: string,
  code: string,
  lastTimeStep: number | null,
  now: Date,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    period: PERIOD,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(lastTimeStep !== null && { afterTimeStep: lastTimeStep }),
  });
  // The union also covers HOTP results, which carry no time step.
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

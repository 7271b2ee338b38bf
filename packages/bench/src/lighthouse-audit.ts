import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LighthouseScores {
  url: string;
  formFactor: 'mobile' | 'desktop';
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Audits that lost points, for the report (id: score). */
  failing: string[];
}

/**
 * Lighthouse on Debian's chromium with a signed-in cookie sent on every request. The page is
 * loaded once over HTTP first (the server's and the database's caches warm, as for any visitor
 * after the first), and an audit that fails (a protocol timeout on a starved CPU, most often) is
 * run once more in a fresh browser before the failure is reported.
 */
export async function runLighthouse(
  url: string,
  cookie: string,
  formFactor: 'mobile' | 'desktop',
): Promise<LighthouseScores> {
  const warmUp = await fetch(url, { headers: { cookie }, redirect: 'manual' });
  await warmUp.text();
  if (warmUp.status !== 200)
    throw new Error(
      `warm-up load of ${url} answered HTTP ${warmUp.status} (session not accepted?)`,
    );
  try {
    return await auditOnce(url, cookie, formFactor);
  } catch (first) {
    try {
      return await auditOnce(url, cookie, formFactor);
    } catch (second) {
      throw new Error(`${String(second)} (first attempt: ${String(first).slice(0, 200)})`);
    }
  }
}

async function auditOnce(
  url: string,
  cookie: string,
  formFactor: 'mobile' | 'desktop',
): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        extraHeaders: { Cookie: cookie },
        // The defaults (45 s) are for a dedicated machine; a shared 2-core one needs more room.
        maxWaitForLoad: 120_000,
        maxWaitForFcp: 60_000,
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const { categories, audits, finalDisplayedUrl, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    if (new URL(finalDisplayedUrl).pathname !== new URL(url).pathname)
      throw new Error(
        `lighthouse ended on ${finalDisplayedUrl}, not ${url} (session not accepted?)`,
      );
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 0.9 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual',
      )
      .map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)})`);
    // Which console errors cost best-practices points is worth naming.
    const consoleErrors =
      (
        audits['errors-in-console']?.details as
          { items?: Array<{ description?: string }> } | undefined
      )?.items ?? [];
    for (const item of consoleErrors.slice(0, 3))
      failing.push(`console: ${String(item.description).slice(0, 160)}`);
    return {
      url,
      formFactor,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      failing,
    };
  } finally {
    chrome.kill();
  }
}

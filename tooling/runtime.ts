/**
 * The Node the project runs on. Every `pnpm` script runs on the Node 24 that the `node`
 * devDependency installs at node_modules/.bin/node (pnpm puts that folder first on PATH), and
 * the production servers the tests and benchmarks start are spawned with the same binary
 * (process.execPath). These helpers let each suite say which Node it ran on.
 */

/** The oldest Node the project supports (package.json `engines`): 22.12. */
export const OLDEST_SUPPORTED_NODE = { major: 22, minor: 12 } as const;

/** Whether a version such as `v24.21.0` is one the project supports. */
export function isSupportedNode(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  if (major !== OLDEST_SUPPORTED_NODE.major) return major > OLDEST_SUPPORTED_NODE.major;
  return minor >= OLDEST_SUPPORTED_NODE.minor;
}

/** One line for a test run's banner: the version and the binary, e.g. from node_modules. */
export function describeRuntime(): string {
  return `Node ${process.version} (${process.execPath})`;
}

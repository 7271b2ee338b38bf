import { describeRuntime, isSupportedNode } from './runtime.ts';

/**
 * vitest globalSetup shared by every suite: prints the Node the run uses in its banner, and
 * stops a run on an unsupported Node before any test gives a misleading failure.
 */
export default function printRuntime(): void {
  if (!isSupportedNode(process.version))
    throw new Error(`${describeRuntime()} is too old: run the tests through pnpm (Node 24)`);
  console.log(`runtime: ${describeRuntime()}`);
}

import { describe, expect, it } from 'vitest';
import { describeRuntime, isSupportedNode } from './runtime.ts';

describe('the runtime', () => {
  it('is the Node 24 of the `node` devDependency when run through pnpm', () => {
    // `pnpm test` runs this file with node_modules/.bin first on PATH, whatever the machine has.
    expect(process.versions.node.split('.')[0]).toBe('24');
    expect(process.execPath, describeRuntime()).toMatch(/node_modules\/.*node@24\.[\d.]+\//);
  });

  it('knows which versions are supported: 22.12 and newer', () => {
    expect(['v20.20.2', 'v22.11.0', 'v21.7.3'].map(isSupportedNode)).toEqual([false, false, false]);
    expect(['v22.12.0', 'v22.20.1', 'v23.0.0', 'v24.21.0', 'v26.1.0'].map(isSupportedNode)).toEqual(
      [true, true, true, true, true],
    );
  });
});

export * from './facts';
export * from './range';
export * from './qualifies';
export * from './count';
export * from './score';
export * from './compute';
export * from './flags';

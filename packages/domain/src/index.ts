export * from './program';
export * from './profile';

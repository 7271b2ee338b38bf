export * from './program';
export * from './profile';
export * from './dates';
export * from './units';
export * from './calculators';
export * from './logs';
export * from './progression';
export * from './adherence';

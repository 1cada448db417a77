export * from './progress';
export * from './schedule';
export * from './stats';
export * from './exercises';

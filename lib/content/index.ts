export * from './schema';
export * from './headings';
export * from './questions-schema';

export * from './schema';
export * from './headings';
export * from './questions-schema';
export * from './glossary-schema';

export * from './schema';
export * from './headings';

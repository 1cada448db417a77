export * from './excerpt';

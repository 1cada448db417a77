import type { z } from 'zod';

/**
 * Validates the props an MDX author passed to a component. Pages are rendered at build time,
 * so a throw here fails `npm run build` with the component's name and what was wrong.
 */
export function parseProps<S extends z.ZodType>(component: string, schema: S, props: unknown): z.infer<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(props)'}: ${i.message}`);
  throw new Error(`<${component}> used incorrectly in MDX:\n  ${issues.join('\n  ')}`);
}

import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `context-cost` demo: `<ContextCost />`, no props (it opens on a 20-step task
 * with a 4-step sliding window and caching off). A stray prop fails the build; the interactive part
 * is a client island.
 */
export function ContextCost(props: Record<string, never>) {
  parseProps('ContextCost', schema, props);
  return <Island name="context-cost" props={{}} />;
}

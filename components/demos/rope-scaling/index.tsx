import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `rope-scaling` demo: `<RopeScaling />`, no props (it opens on Llama 3.1: head
 * dimension 128, base 500,000, llama3 scaling by 8 from 8,192). A stray prop fails the build; the
 * interactive part is a client island.
 */
export function RopeScaling(props: Record<string, never>) {
  parseProps('RopeScaling', schema, props);
  return <Island name="rope-scaling" props={{}} />;
}

import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `attention-masks` demo: `<AttentionMasks />`, no props (it opens on a 10-token
 * grid with a window of 4 and 2 starting tokens, and a 32K-token Llama 2 7B stream). A stray prop
 * fails the build; the interactive part is a client island.
 */
export function AttentionMasks(props: Record<string, never>) {
  parseProps('AttentionMasks', schema, props);
  return <Island name="attention-masks" props={{}} />;
}

import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `ppo-clip` demo: `<PpoClip />`, no props (it opens at ε = 0.2, A = 1, r = 1.5).
 * A stray prop fails the build; the interactive part is a client island.
 */
export function PpoClip(props: Record<string, never>) {
  parseProps('PpoClip', schema, props);
  return <Island name="ppo-clip" props={{}} />;
}

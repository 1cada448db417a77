import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `self-consistency` demo: `<SelfConsistency />`, no props (it opens on a
 * distribution whose correct answer is the mode, at n = 15). A stray prop fails the build; the
 * interactive part is a client island.
 */
export function SelfConsistency(props: Record<string, never>) {
  parseProps('SelfConsistency', schema, props);
  return <Island name="self-consistency" props={{}} />;
}

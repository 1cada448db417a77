import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `abstention-scoring` demo: `<AbstentionScoring />`, no props (it opens on the
 * mixed 100-question histogram at t = 0.5). A stray prop fails the build; the interactive part is
 * a client island.
 */
export function AbstentionScoring(props: Record<string, never>) {
  parseProps('AbstentionScoring', schema, props);
  return <Island name="abstention-scoring" props={{}} />;
}

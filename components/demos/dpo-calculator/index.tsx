import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `dpo-calculator` demo: `<DpoCalculator />`, no props (it opens at the start of
 * training: policy = reference, β = 0.1, the sigmoid loss). A stray prop fails the build; the
 * interactive part is a client island.
 */
export function DpoCalculator(props: Record<string, never>) {
  parseProps('DpoCalculator', schema, props);
  return <Island name="dpo-calculator" props={{}} />;
}

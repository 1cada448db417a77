import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `moe-router` demo: `<MoeRouter />`, no props (six tokens, four experts, top-1,
 * capacity factor 1.25). A stray prop fails the build; the interactive part is a client island.
 */
export function MoeRouter(props: Record<string, never>) {
  parseProps('MoeRouter', schema, props);
  return <Island name="moe-router" props={{}} />;
}

import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';
import { TABS, type GrpoTab } from './group';

const schema = z.object({ tab: z.enum(TABS).optional() }).strict();

/**
 * MDX entry of the `grpo-lab` demo: `<GrpoLab />` (group-relative advantages) or
 * `<GrpoLab tab="aggregation" />` (how the per-token loss is aggregated). Props are checked at
 * build time; the interactive part is a client island.
 */
export function GrpoLab(props: { tab?: GrpoTab }) {
  const { tab } = parseProps('GrpoLab', schema, props);
  return <Island name="grpo-lab" props={{ tab: tab ?? 'advantages' }} />;
}

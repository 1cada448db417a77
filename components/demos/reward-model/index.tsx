import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';
import { TABS, type RewardModelTab } from './tabs';

const schema = z.object({ tab: z.enum(TABS).optional() }).strict();

/**
 * MDX entry of the `reward-model` demo: `<RewardModel />` (the pair view: two rewards, the
 * Bradley–Terry probability and loss, Llama 2's margin) or `<RewardModel tab="fit" />` (a linear
 * reward model fitted to a small preference dataset by gradient steps). Props are checked at
 * build time; the interactive part is a client island.
 */
export function RewardModel(props: { tab?: RewardModelTab }) {
  const { tab } = parseProps('RewardModel', schema, props);
  return <Island name="reward-model" props={{ tab: tab ?? 'pair' }} />;
}

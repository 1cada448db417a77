import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';
import { TABS, type BestOfNTab } from './tabs';

const schema = z.object({ tab: z.enum(TABS).optional() }).strict();

/**
 * MDX entry of the `best-of-n` demo: `<BestOfN />` (the KL of best-of-N against N) or
 * `<BestOfN tab="overoptimization" />` (Gao et al.'s gold-reward curves with the peak marked).
 * Props are checked at build time; the interactive part is a client island.
 */
export function BestOfN(props: { tab?: BestOfNTab }) {
  const { tab } = parseProps('BestOfN', schema, props);
  return <Island name="best-of-n" props={{ tab: tab ?? 'kl' }} />;
}

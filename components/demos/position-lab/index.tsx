import { z } from 'zod';
import { parseProps } from '@/components/mdx/validate';
import { Island } from '@/components/islands/island';
import { TABS, type PositionTab } from './tabs';

const schema = z.object({ tab: z.enum(TABS).optional() }).strict();

/**
 * MDX entry of the `position-lab` demo: `<PositionLab tab="sinusoidal" />` (or `"rope"`, the
 * default, or `"alibi"`). Props are checked at build time; the interactive part is a client island.
 */
export function PositionLab(props: { tab?: PositionTab }) {
  const { tab } = parseProps('PositionLab', schema, props);
  return <Island name="position-lab" props={{ tab: tab ?? 'rope' }} />;
}

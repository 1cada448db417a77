import { z } from 'zod';
import { parseProps } from '@/components/mdx/validate';
import { Island } from '@/components/islands/island';
import { PRESET_KEYS } from './pairs';

const schema = z
  .object({
    preset: z.enum(PRESET_KEYS).optional(),
    bins: z.number().int().min(5).max(20).optional(),
  })
  .strict();

/**
 * MDX entry of the `reliability-diagram` demo: `<ReliabilityDiagram preset="overconfident" bins={15} />`.
 * Defaults to the over-confident preset with 10 bins; props are checked at build time, the
 * interactive part is a client island.
 */
export function ReliabilityDiagram(props: { preset?: (typeof PRESET_KEYS)[number]; bins?: number }) {
  const { preset, bins } = parseProps('ReliabilityDiagram', schema, props);
  return (
    <Island name="reliability-diagram" props={{ preset: preset ?? 'overconfident', bins: bins ?? 10 }} />
  );
}

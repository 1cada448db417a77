import { z } from 'zod';
import { parseProps } from '@/components/mdx/validate';
import { Island } from '@/components/islands/island';
import { MASKS, POSITIONS, type PositionKind } from './compute';
import type { AttentionMaskKind } from '@/lib/transformer/attention-mask';

const schema = z
  .object({
    mask: z.enum(MASKS).optional(),
    position: z.enum(POSITIONS).optional(),
  })
  .strict();

/**
 * MDX entry of the `attention-lab` demo: `<AttentionLab mask="prefix" position="alibi" />`.
 * Defaults to the causal mask without position information; props are checked at build time,
 * the interactive part is a client island.
 */
export function AttentionLab(props: { mask?: AttentionMaskKind; position?: PositionKind }) {
  const { mask, position } = parseProps('AttentionLab', schema, props);
  return <Island name="attention-lab" props={{ mask: mask ?? 'causal', position: position ?? 'none' }} />;
}

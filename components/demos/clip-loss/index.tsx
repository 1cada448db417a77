import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `clip-loss` demo: `<ClipLoss />`, no props (it opens on three aligned 2-D pairs
 * at CLIP's initial logit scale 1/0.07). A stray prop fails the build; the interactive part is a
 * client island.
 */
export function ClipLoss(props: Record<string, never>) {
  parseProps('ClipLoss', schema, props);
  return <Island name="clip-loss" props={{}} />;
}

import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `visual-tokens` demo: `<VisualTokens />`, no props (it opens on LLaVA-NeXT with
 * a 672 × 672 image and a 4,096-token window). A stray prop fails the build; the interactive part
 * is a client island.
 */
export function VisualTokens(props: Record<string, never>) {
  parseProps('VisualTokens', schema, props);
  return <Island name="visual-tokens" props={{}} />;
}

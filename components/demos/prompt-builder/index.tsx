import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `prompt-builder` demo: `<PromptBuilder />`, no props (it opens on the
 * sentiment preset with only the instruction and the input). A stray prop fails the build; the
 * interactive part is a client island.
 */
export function PromptBuilder(props: Record<string, never>) {
  parseProps('PromptBuilder', schema, props);
  return <Island name="prompt-builder" props={{}} />;
}

import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';
import { TAB_KEYS, type TabKey } from './tabs';

const schema = z.object({ tab: z.enum(TAB_KEYS).optional() }).strict();

/**
 * MDX entry of the `lora-lab` demo: `<LoraLab />` (trainable parameters), `<LoraLab tab="scaling" />`
 * (α/r vs α/√r), `<LoraLab tab="memory" />` (full vs LoRA vs QLoRA) or `<LoraLab tab="svd" />`
 * (truncated SVD of a weight update). The tab it opens on also names the instance in the address,
 * so several labs on one page keep separate state. Props are checked at build time; the
 * interactive part is a client island.
 */
export function LoraLab(props: { tab?: TabKey }) {
  const { tab } = parseProps('LoraLab', schema, props);
  return <Island name="lora-lab" props={{ tab: tab ?? 'params' }} />;
}

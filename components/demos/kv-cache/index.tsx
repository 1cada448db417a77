import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `kv-cache` demo: `<KvCache />`, no props (it opens on Llama 2 7B, MHA, FP16,
 * 4,096 tokens). A stray prop fails the build; the interactive part is a client island.
 */
export function KvCache(props: Record<string, never>) {
  parseProps('KvCache', schema, props);
  return <Island name="kv-cache" props={{}} />;
}

import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `chunking-tradeoff` demo: `<ChunkingTradeoff />`, no props (it opens on the
 * page language's sample document, 150 characters or 80 words per chunk, no overlap). A stray prop
 * fails the build; the interactive part is a client island.
 */
export function ChunkingTradeoff(props: Record<string, never>) {
  parseProps('ChunkingTradeoff', schema, props);
  return <Island name="chunking-tradeoff" props={{}} />;
}

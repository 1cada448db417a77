import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `rag-explorer` demo: `<RagExplorer />`, no props. The island fetches the
 * site's corpus (`/<locale>/rag/corpus.json`, app/[locale]/rag/corpus.json/route.ts) when it
 * starts; a stray prop fails the build.
 */
export function RagExplorer(props: Record<string, never>) {
  parseProps('RagExplorer', schema, props);
  return <Island name="rag-explorer" props={{}} />;
}

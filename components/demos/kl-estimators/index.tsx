import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `kl-estimators` demo: `<KlEstimators />`, no props (it opens on two close
 * distributions over five tokens). A stray prop fails the build; the interactive part is a client
 * island.
 */
export function KlEstimators(props: Record<string, never>) {
  parseProps('KlEstimators', schema, props);
  return <Island name="kl-estimators" props={{}} />;
}

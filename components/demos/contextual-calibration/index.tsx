import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `contextual-calibration` demo: `<ContextualCalibration />`, no props (it opens on
 * the majority-label-bias preset). A stray prop fails the build; the interactive part is a client
 * island.
 */
export function ContextualCalibration(props: Record<string, never>) {
  parseProps('ContextualCalibration', schema, props);
  return <Island name="contextual-calibration" props={{}} />;
}

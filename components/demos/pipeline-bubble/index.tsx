import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';
import { SCHEDULES, type Schedule } from './schedule';

const schema = z.object({ schedule: z.enum(SCHEDULES).optional() }).strict();

/**
 * MDX entry of the `pipeline-bubble` demo: `<PipelineBubble />` or `<PipelineBubble schedule="gpipe" />`.
 * Defaults to 1F1B with 4 devices and 8 micro-batches; props are checked at build time, the
 * interactive part is a client island.
 */
export function PipelineBubble(props: { schedule?: Schedule }) {
  const { schedule } = parseProps('PipelineBubble', schema, props);
  return <Island name="pipeline-bubble" props={{ schedule: schedule ?? '1f1b' }} />;
}

import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';
import { PRESET_KEYS, type PresetKey } from './presets';

const schema = z.object({ preset: z.enum(PRESET_KEYS).optional() }).strict();

/**
 * MDX entry of the `training-memory` demo: `<TrainingMemory />` or `<TrainingMemory preset="70b-64gpu" />`.
 * Defaults to Llama 2 7B on 8 GPUs; props are checked at build time, the interactive part is a
 * client island.
 */
export function TrainingMemory(props: { preset?: PresetKey }) {
  const { preset } = parseProps('TrainingMemory', schema, props);
  return <Island name="training-memory" props={{ preset: preset ?? '7b-8gpu' }} />;
}

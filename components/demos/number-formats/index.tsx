import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';
import { PRESET_KEYS, type PresetKey } from './presets';

const schema = z.object({ preset: z.enum(PRESET_KEYS).optional() }).strict();

/**
 * MDX entry of the `number-formats` demo: `<NumberFormats />` (0.1 in every format),
 * `<NumberFormats preset="underflow" />` (a 2 × 10⁻⁸ gradient and the loss-scaling panel) or
 * `<NumberFormats preset="overflow" />` (70,000 past FP16's range). Props are checked at build
 * time; the interactive part is a client island.
 */
export function NumberFormats(props: { preset?: PresetKey }) {
  const { preset } = parseProps('NumberFormats', schema, props);
  return <Island name="number-formats" props={{ preset: preset ?? 'default' }} />;
}

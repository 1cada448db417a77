import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';
import { PRESET_KEYS, VIEW_KEYS, type PresetKey, type ViewKey } from './presets';

const schema = z
  .object({
    view: z.enum(VIEW_KEYS).optional(),
    preset: z.enum(PRESET_KEYS).optional(),
  })
  .strict();

/**
 * MDX entry of the `block-anatomy` demo: `<BlockAnatomy view="norms" />`,
 * `<BlockAnatomy view="params" preset="llama3-8b" />`. Defaults to the parameter view on Llama 2 7B;
 * props are checked at build time, the interactive part is a client island.
 */
export function BlockAnatomy(props: { view?: ViewKey; preset?: PresetKey }) {
  const { view, preset } = parseProps('BlockAnatomy', schema, props);
  return <Island name="block-anatomy" props={{ view: view ?? 'params', preset: preset ?? 'llama2-7b' }} />;
}

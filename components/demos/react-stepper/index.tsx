import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';
import { PRESET_KEYS, type PresetKey } from './presets';

const schema = z.object({ preset: z.enum(PRESET_KEYS).optional() }).strict();

/**
 * MDX entry of the `react-stepper` demo: `<ReactStepper />` or `<ReactStepper preset="injection" />`
 * (`'arithmetic'` by default, or `'glossary'`, `'loop'`, `'malformed'`). Props are checked at build
 * time; the interactive part is a client island.
 */
export function ReactStepper(props: { preset?: PresetKey }) {
  const { preset } = parseProps('ReactStepper', schema, props);
  return <Island name="react-stepper" props={{ preset: preset ?? 'arithmetic' }} />;
}

import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';
import { PRESET_KEYS, type PresetKey } from './presets';

const schema = z.object({ preset: z.enum(PRESET_KEYS).optional() }).strict();

/**
 * MDX entry of the `schedule-explorer` demo: `<ScheduleExplorer />` or
 * `<ScheduleExplorer preset="wsd" />` (`'llama2'` by default, or `'linear'`). Props are checked at
 * build time; the interactive part is a client island.
 */
export function ScheduleExplorer(props: { preset?: PresetKey }) {
  const { preset } = parseProps('ScheduleExplorer', schema, props);
  return <Island name="schedule-explorer" props={{ preset: preset ?? 'llama2' }} />;
}

import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';
import { DEFAULT_FIELDS, isPuzzleText } from './numbers';

const schema = z
  .object({
    mode: z.enum(['beam', 'greedy']).optional(),
    numbers: z
      .string()
      .refine(isPuzzleText, { message: 'numbers must be four integers from 1 to 13 separated by spaces' })
      .optional(),
  })
  .strict();

/**
 * MDX entry of the `tree-of-thoughts` demo: `<TreeOfThoughts />` (beam search, b = 5) or
 * `<TreeOfThoughts mode="greedy" numbers="1 5 5 5" />` (opens at b = 1, the greedy chain).
 * Defaults: mode `'beam'`, numbers `"4 9 10 13"`. Props are checked at build time; the
 * interactive part is a client island.
 */
export function TreeOfThoughts(props: { mode?: 'beam' | 'greedy'; numbers?: string }) {
  const { mode, numbers } = parseProps('TreeOfThoughts', schema, props);
  return (
    <Island
      name="tree-of-thoughts"
      props={{ mode: mode ?? 'beam', numbers: numbers?.trim() ?? DEFAULT_FIELDS.join(' ') }}
    />
  );
}

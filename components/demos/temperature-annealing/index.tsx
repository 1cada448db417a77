import { z } from 'zod';
import { parseProps } from '@/components/mdx/validate';
import { Island } from '@/components/islands/island';

const schema = z
  .object({
    tokens: z.array(z.string().min(1)).min(2).max(12).optional(),
    probs: z.array(z.number().finite().nonnegative()).min(2).max(12).optional(),
  })
  .strict()
  .refine(
    (p) => (p.tokens === undefined) === (p.probs === undefined),
    'give both tokens and probs, or neither',
  )
  .refine(
    (p) => !p.tokens || !p.probs || p.tokens.length === p.probs.length,
    'tokens and probs need the same length',
  );

/**
 * MDX entry of the `temperature-annealing` demo. Defaults to CS324's example
 * (cheese 0.4, mouse 0.6); props are checked at build time, the interactive part is a client island.
 */
export function TemperatureAnnealing(props: { tokens?: string[]; probs?: number[] }) {
  const { tokens, probs } = parseProps('TemperatureAnnealing', schema, props);
  return (
    <Island
      name="temperature-annealing"
      props={{ tokens: tokens ?? ['cheese', 'mouse'], probs: probs ?? [0.4, 0.6] }}
    />
  );
}

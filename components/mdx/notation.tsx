import { z } from 'zod';
import type { ReactNode } from 'react';
import { parseProps } from './validate';

const schema = z
  .object({
    type: z.enum(['highlight', 'underline']).default('highlight'),
    children: z.custom<ReactNode>((value) => value !== undefined && value !== null, 'needs text inside'),
  })
  .strict();

/**
 * Marks a key claim, as the seed notes do: `<Notation>` draws a highlighter stroke,
 * `<Notation type="underline">` a hand-drawn underline. Pure CSS (see globals.css): it prints,
 * and the draw-in animation only runs without `prefers-reduced-motion`.
 */
export function Notation(props: { type?: 'highlight' | 'underline'; children: ReactNode }) {
  const { type, children } = parseProps('Notation', schema, props);
  return type === 'underline' ? (
    <strong className="notation-underline">{children}</strong>
  ) : (
    <mark className="notation-highlight">{children}</mark>
  );
}

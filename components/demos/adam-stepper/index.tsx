import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `adam-stepper` demo: `<AdamStepper />`, no props (Adam and AdamW from
 * θ₀ = (−1, −1.5) on f(θ) = ½[(θ₁ − 1)² + 10(θ₂ − 1)²], lr 0.1, λ 0.5). A stray prop fails the
 * build; the interactive part is a client island.
 */
export function AdamStepper(props: Record<string, never>) {
  parseProps('AdamStepper', schema, props);
  return <Island name="adam-stepper" props={{}} />;
}

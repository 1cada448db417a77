import { Island } from '@/components/islands/island';

/**
 * MDX entry of the `online-softmax` demo: `<OnlineSoftmax />`. A block-by-block softmax stepper
 * and the HBM traffic of standard vs tiled attention; a client island.
 */
export function OnlineSoftmax() {
  return <Island name="online-softmax" props={{}} />;
}

import { Island } from '@/components/islands/island';

/**
 * MDX entry of the `minhash-dedup` demo: `<MinhashDedup />`. Two editable documents, their exact
 * shingle Jaccard similarity, the MinHash estimate and the LSH banding curve; a client island.
 */
export function MinhashDedup() {
  return <Island name="minhash-dedup" props={{}} />;
}

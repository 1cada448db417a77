import { currentMdxPage } from '@/components/mdx/strings';
import { Island } from '@/components/islands/island';
import { TEXT } from './text';

/**
 * MDX entry of the `decoding-pipeline` demo (`<DecodingPipeline />`, no props). A server
 * component: it picks the page language's text and passes it to the client island, so neither
 * language's strings are part of the demo's JavaScript.
 */
export function DecodingPipeline() {
  return <Island name="decoding-pipeline" props={{ t: TEXT[currentMdxPage().locale] }} />;
}

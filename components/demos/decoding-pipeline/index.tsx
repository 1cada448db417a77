import { currentMdxPage } from '@/components/mdx/strings';
import { DecodingPipelineDemo } from '../lazy';
import { TEXT } from './text';

/**
 * MDX entry of the `decoding-pipeline` demo (`<DecodingPipeline />`, no props). A server
 * component: it picks the page language's text and passes it to the client island, so neither
 * language's strings are part of the demo's JavaScript.
 */
export function DecodingPipeline() {
  return <DecodingPipelineDemo t={TEXT[currentMdxPage().locale]} />;
}

import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `agent-reliability` demo: `<AgentReliability />`, no props (it opens on 8
 * trials with 6 successes at k = 4, and 20 steps of 0.95 with one retry). A stray prop fails the
 * build; the interactive part is a client island.
 */
export function AgentReliability(props: Record<string, never>) {
  parseProps('AgentReliability', schema, props);
  return <Island name="agent-reliability" props={{}} />;
}

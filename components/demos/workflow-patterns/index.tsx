import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';
import { PATTERNS, type Pattern } from './model';

const schema = z.object({ pattern: z.enum(PATTERNS).optional() }).strict();

/**
 * MDX entry of the `workflow-patterns` demo: `<WorkflowPatterns />` or
 * `<WorkflowPatterns pattern="routing" />` (`'chaining'` by default; also `'parallelization'`,
 * `'orchestrator-workers'`, `'evaluator-optimizer'`). Props are checked at build time; the
 * interactive part is a client island.
 */
export function WorkflowPatterns(props: { pattern?: Pattern }) {
  const { pattern } = parseProps('WorkflowPatterns', schema, props);
  return <Island name="workflow-patterns" props={{ pattern: pattern ?? 'chaining' }} />;
}

import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';

const schema = z.object({}).strict();

/**
 * MDX entry of the `injection-sandbox` demo: `<InjectionSandbox />`, no props (it opens on a
 * document with an injected last line under naive concatenation). A stray prop fails the build;
 * the interactive part is a client island.
 */
export function InjectionSandbox(props: Record<string, never>) {
  parseProps('InjectionSandbox', schema, props);
  return <Island name="injection-sandbox" props={{}} />;
}

import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';
import { TABS, type TabName } from './tabs';

const schema = z.object({ tab: z.enum(TABS).optional() }).strict();

/**
 * MDX entry of the `tokenizer-lab` demo: `<TokenizerLab tab="bpe" />`. `tab` picks the tab shown
 * first ('gpt' by default); props are checked at build time, the interactive part is a client
 * island whose GPT encodings load only when the GPT tab is shown.
 */
export function TokenizerLab(props: { tab?: TabName }) {
  const { tab } = parseProps('TokenizerLab', schema, props);
  return <Island name="tokenizer-lab" props={{ tab: tab ?? 'gpt' }} />;
}

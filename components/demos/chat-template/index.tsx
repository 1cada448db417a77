import { z } from 'zod';
import { Island } from '@/components/islands/island';
import { parseProps } from '@/components/mdx/validate';
import { CHAT_TEMPLATE_NAMES, type ChatTemplateName } from '@/lib/alignment/render-chat';

const schema = z
  .object({ template: z.enum(CHAT_TEMPLATE_NAMES as [ChatTemplateName, ...ChatTemplateName[]]).optional() })
  .strict();

/**
 * MDX entry of the `chat-template` demo: `<ChatTemplate />` (ChatML) or
 * `<ChatTemplate template="llama3" />`. Props are checked at build time; the interactive part is
 * a client island.
 */
export function ChatTemplate(props: { template?: ChatTemplateName }) {
  const { template } = parseProps('ChatTemplate', schema, props);
  return <Island name="chat-template" props={{ template: template ?? 'chatml' }} />;
}

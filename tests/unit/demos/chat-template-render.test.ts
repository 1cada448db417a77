/**
 * SSR smoke test of the chat-template island for both templates in both languages. The expected
 * ChatML string is written by hand from the template (TRL `ChatMlSpecialTokens`:
 * `<|im_start|>{role}\n{content}<|im_end|>\n` per message), and the readouts are counted by hand:
 *
 * en, ChatML — each message is 12 (<|im_start|>) + role + 1 (\n) + content + 10 (<|im_end|>) + 1 (\n):
 * system 12 + 6 + 1 + 23 + 11 = 53, user 12 + 4 + 1 + 12 + 11 = 40, assistant 12 + 9 + 1 + 42 + 11 = 75,
 * user 12 + 4 + 1 + 13 + 11 = 41, assistant 12 + 9 + 1 + 40 + 11 = 73 → 282 characters; loss on
 * (42 + 10) + (40 + 10) = 102, 102 / 282 = 36.2%; 2 × 5 = 10 special tokens, 2 of them trained.
 * en, Llama 3 — 17 (<|begin_of_text|>) + per message 19 + role + 17 + 2 + content + 10: 77 + 64 + 99
 * + 65 + 97 + 17 = 419; loss 102, 24.3%; 1 + 3 × 5 = 16 special tokens.
 * zh, ChatML — contents of 7, 8, 12, 6 and 13 characters: 37 + 36 + 45 + 34 + 46 = 198; loss
 * (12 + 10) + (13 + 10) = 45, 22.7%. zh, Llama 3: 61 + 60 + 69 + 58 + 70 + 17 = 335; loss 45, 13.4%.
 */
import { describe, expect, it } from 'vitest';
import { ChatTemplateDemo } from '@/components/demos/chat-template/demo';
import type { ChatTemplateName } from '@/lib/alignment/render-chat';
import type { Locale } from '@/lib/i18n';
import { renderDemo, textOf } from './render-island';

const render = (template: ChatTemplateName, locale: Locale) =>
  renderDemo(ChatTemplateDemo, { template }, locale);

/** The text content of the first element carrying `attr`, with React's HTML escapes undone. */

const CHATML_EN =
  '<|im_start|>system\nAnswer in one sentence.<|im_end|>\n' +
  '<|im_start|>user\nWhat is SFT?<|im_end|>\n' +
  '<|im_start|>assistant\nSupervised fine-tuning on example answers.<|im_end|>\n' +
  '<|im_start|>user\nAnd the loss?<|im_end|>\n' +
  '<|im_start|>assistant\nCross-entropy on the answer tokens only.<|im_end|>\n';

describe('ChatTemplateDemo (server render)', () => {
  it('renders the default conversation as the exact ChatML string (en)', () => {
    const html = render('chatml', 'en');
    expect(html).toContain('data-demo="chat-template"');
    expect(textOf(html, 'pre', 'data-rendered')).toBe(CHATML_EN);
    expect(textOf(html, 'pre', 'data-exact')).toBe(JSON.stringify(CHATML_EN));
    expect(html).toContain(
      'Loss on 102 of 282 characters (36.2%) in 2 trainable spans; 2 of 10 special tokens carry loss',
    );
    // labels are CSS content, not text
    expect(html).toContain('data-before="assistant · loss"');
    expect(html).toContain('data-before="user · no loss"');
    expect(html).not.toMatch(/NaN|undefined/);
    expect(html).not.toContain('data-mask-off');
  });

  it.each([
    [
      'chatml',
      'en',
      'Loss on 102 of 282 characters (36.2%) in 2 trainable spans; 2 of 10 special tokens carry loss',
    ],
    [
      'llama3',
      'en',
      'Loss on 102 of 419 characters (24.3%) in 2 trainable spans; 2 of 16 special tokens carry loss',
    ],
    ['chatml', 'zh', '198 个字符中 45 个带损失（22.7%），共 2 段可训练片段；10 个特殊词元中 2 个带损失'],
    ['llama3', 'zh', '335 个字符中 45 个带损失（13.4%），共 2 段可训练片段；16 个特殊词元中 2 个带损失'],
  ] as const)('reads the default conversation in %s (%s)', (template, locale, readout) => {
    const html = render(template, locale);
    expect(html).toContain(readout);
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('renders the Llama 3 string with one <|begin_of_text|> and no warnings', () => {
    const text = textOf(render('llama3', 'en'), 'pre', 'data-rendered');
    expect(
      text.startsWith(
        '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nAnswer in one sentence.<|eot_id|>',
      ),
    ).toBe(true);
    expect(
      text.endsWith(
        '<|start_header_id|>assistant<|end_header_id|>\n\nCross-entropy on the answer tokens only.<|eot_id|>',
      ),
    ).toBe(true);
    expect(text.split('<|begin_of_text|>')).toHaveLength(2);
    expect(render('llama3', 'en')).not.toContain('data-warnings');
  });

  it('shows the editor, the presets and the honesty note in Chinese', () => {
    const html = render('chatml', 'zh');
    expect(html).toContain('带系统提示的多轮对话');
    expect(html).toContain('计数单位是字符');
    expect(html).toContain('data-before="assistant · 带损失"');
    expect(textOf(html, 'pre', 'data-rendered')).toContain('<|im_start|>user\n什么是 SFT？<|im_end|>\n');
  });
});

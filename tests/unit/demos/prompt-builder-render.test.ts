/**
 * SSR smoke test of the prompt-builder island in both languages: the static HTML shows the
 * opening prompt (instruction and input one blank line apart) with its character count, no token
 * count (the tokenizer loads only when the reader asks), the zh/en table with characters only,
 * and the validator waiting for a paste. Hand counts: en 79 + 2 + 71 = 152 characters, zh
 * 47 + 2 + 23 = 72 (see prompt-builder-presets.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { PromptBuilderDemo } from '@/components/demos/prompt-builder/demo';
import { PRESETS } from '@/components/demos/prompt-builder/presets';
import { TEXT } from '@/components/demos/prompt-builder/text';
import type { Locale } from '@/lib/i18n';
import { clean, renderDemo, textOf } from './render-island';

describe('PromptBuilderDemo (server render)', () => {
  it.each([
    ['en', '152 characters'],
    ['zh', '72 个字符'],
  ] as const)('shows the opening prompt and its character count (%s)', (locale: Locale, readout) => {
    const html = renderDemo(PromptBuilderDemo, {}, locale);
    const preset = PRESETS[locale].sentiment;
    expect(html).toContain('data-demo="prompt-builder"');
    expect(textOf(html, 'output', 'data-readout')).toBe(readout);
    expect(textOf(html, 'pre', 'data-prompt')).toBe(`${preset.instruction}\n\n${preset.input}`);
    expect(html).toContain('data-kind="instruction"');
    expect(html).toContain(`data-before="${TEXT[locale].sections.input}"`);
    // no tokens before the reader asks
    expect(html).not.toContain('data-tokens');
    expect(html).toContain('data-count-tokens');
    expect(html).toContain('data-validation="empty"');
    expect(html).toContain(TEXT[locale].validation.empty);
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('lists both languages in the comparison with characters only', () => {
    const html = clean(renderDemo(PromptBuilderDemo, {}, 'en'));
    expect(html).toMatch(/data-lang="zh"[^>]*>[\s\S]*?中文[\s\S]*?>72<[\s\S]*?>—</);
    expect(html).toMatch(/data-lang="en"[^>]*>[\s\S]*?English[\s\S]*?>152<[\s\S]*?>—</);
  });

  it('renders the controls with visible labels in Chinese', () => {
    const html = clean(renderDemo(PromptBuilderDemo, {}, 'zh'));
    for (const label of [
      '任务',
      '角色',
      '输出模式',
      '退路条款',
      '输入数据外的分隔符',
      '示例个数 k',
      '校验模型输出',
    ]) {
      expect(html).toContain(label);
    }
    expect(html).toContain('XML 标签 <document>');
    expect(html).not.toContain('<document>\n');
  });
});

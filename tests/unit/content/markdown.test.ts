import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderMarkdown } from '@/server/markdown';

describe('renderMarkdown', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('prefixes site links with the base path the site is exported under, like SiteLink', () => {
    vi.stubEnv('NEXT_PUBLIC_BASE_PATH', '/llm');
    const html = renderMarkdown(
      'See [GRPO](/en/alignment/grpo/#reasoning-models), [TRL](https://github.com/huggingface/trl) and [x](//cdn.example/x).',
      'test',
    );
    expect(html).toContain('href="/llm/en/alignment/grpo/#reasoning-models"');
    expect(html).toContain('href="https://github.com/huggingface/trl"');
    expect(html).toContain('href="//cdn.example/x"');
  });

  it('leaves site links alone at the root', () => {
    vi.stubEnv('NEXT_PUBLIC_BASE_PATH', '');
    vi.stubEnv('BASE_PATH', '');
    expect(renderMarkdown('[a](/zh/intro/)', 'test')).toContain('href="/zh/intro/"');
  });
});

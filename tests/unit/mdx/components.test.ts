/** MDX components reject malformed use, so a wrong prop fails the build instead of rendering junk. */
import { describe, expect, it } from 'vitest';
import { Pitfall } from '@/components/mdx/callouts';
import { Notation } from '@/components/mdx/notation';
import { Figure } from '@/components/mdx/sections';

type AnyProps = Parameters<typeof Notation>[0];

describe('MDX components', () => {
  it('<Notation> accepts highlight and underline only', () => {
    expect(() => Notation({ children: 'x' })).not.toThrow();
    expect(() => Notation({ type: 'underline', children: 'x' })).not.toThrow();
    expect(() => Notation({ type: 'bold', children: 'x' } as unknown as AnyProps)).toThrow(
      /<Notation> used incorrectly in MDX/,
    );
  });

  it('<Pitfall> needs a title', () => {
    expect(() => Pitfall({ children: 'x' } as unknown as Parameters<typeof Pitfall>[0])).toThrow(
      /<Pitfall> used incorrectly in MDX:\n\s+title:/,
    );
  });

  it('<Figure> needs a caption', () => {
    expect(() => Figure({ children: 'x' } as unknown as Parameters<typeof Figure>[0])).toThrow(
      /<Figure> used incorrectly in MDX:\n\s+caption:/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { cn } from '@/lib/utils';

describe('cn', () => {
  it('joins classes and lets the later Tailwind class win', () => {
    // tailwind-merge README: twMerge('px-2 py-1 bg-red hover:bg-dark-red', 'p-3 bg-[#B91C1C]')
    // -> 'hover:bg-dark-red p-3 bg-[#B91C1C]'
    expect(cn('px-2 py-1 bg-red hover:bg-dark-red', 'p-3 bg-[#B91C1C]')).toBe(
      'hover:bg-dark-red p-3 bg-[#B91C1C]',
    );
  });

  it('drops falsy inputs and flattens objects and arrays as clsx does', () => {
    // clsx README: clsx('foo', true && 'bar', 'baz') -> 'foo bar baz'; objects keep truthy keys
    expect(cn('foo', false, null, undefined, 0, '', ['bar', { baz: true, qux: false }])).toBe('foo bar baz');
  });

  it('returns an empty string when nothing is given', () => {
    expect(cn()).toBe('');
  });
});

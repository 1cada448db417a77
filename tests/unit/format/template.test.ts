import { describe, expect, it } from 'vitest';
import { fillTemplate } from '@/lib/format/template';

describe('fillTemplate', () => {
  it('replaces numbered placeholders in any order and any number of times', () => {
    expect(fillTemplate('top token “{0}” p = {1}', ['mat', '0.65'])).toBe('top token “mat” p = 0.65');
    expect(fillTemplate('{1} / {0} / {1}', [1, 2])).toBe('2 / 1 / 2');
    expect(fillTemplate('no blanks', [])).toBe('no blanks');
  });
  it('inserts values as plain text, never as another template', () => {
    expect(fillTemplate('“{0}”', ['{0}<b>'])).toBe('“{0}<b>”');
    expect(fillTemplate('{0}', ['$&'])).toBe('$&'); // not a replacement pattern
  });
  it('rejects a placeholder without a value and arguments of the wrong type', () => {
    expect(() => fillTemplate('{0} {2}', ['a', 'b'])).toThrow(
      new RangeError('template placeholder {2} has no value (2 given)'),
    );
    expect(() => fillTemplate(1 as never, [])).toThrow(TypeError);
    expect(() => fillTemplate('{0}', 'a' as never)).toThrow(TypeError);
  });
});

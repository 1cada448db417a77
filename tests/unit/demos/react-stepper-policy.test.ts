import { describe, expect, it } from 'vitest';
import {
  clipText,
  joinPolicy,
  POLICY_MAX_CHARS,
  readPolicy,
  splitPolicy,
} from '@/components/demos/react-stepper/policy';
import { PRESET_KEYS, PRESETS } from '@/components/demos/react-stepper/presets';

describe('splitPolicy / joinPolicy', () => {
  it('splits on lines holding only ---, trims blocks and drops empty ones', () => {
    expect(splitPolicy('Action: a\nAction Input: 1\n---\nFinal Answer: 2')).toEqual([
      'Action: a\nAction Input: 1',
      'Final Answer: 2',
    ]);
    expect(splitPolicy('---\n\n  Final Answer: 1  \n  ---  \n---\r\n\r\nx\r\n')).toEqual([
      'Final Answer: 1',
      'x',
    ]);
    // --- inside a line is text, not a separator
    expect(splitPolicy('Action Input: a --- b')).toEqual(['Action Input: a --- b']);
    expect(splitPolicy('')).toEqual([]);
  });

  it('round-trips every preset script in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      for (const key of PRESET_KEYS) {
        const steps = PRESETS[locale][key].steps;
        expect(splitPolicy(joinPolicy(steps))).toEqual(steps);
      }
    }
  });
});

describe('readPolicy', () => {
  it('rejects an empty or over-long script', () => {
    expect(readPolicy(' \n---\n ')).toEqual({ ok: false, error: { kind: 'empty' } });
    const long = 'x'.repeat(POLICY_MAX_CHARS + 1);
    expect(readPolicy(long)).toEqual({ ok: false, error: { kind: 'tooLong', length: POLICY_MAX_CHARS + 1 } });
  });

  it('accepts 10,000 nested parentheses (the calculator, not the textarea, rejects them)', () => {
    const text = `Action: calculator\nAction Input: ${'('.repeat(10_000)}1${')'.repeat(10_000)}`;
    expect(readPolicy(text)).toEqual({ ok: true, steps: [text] });
  });
});

describe('clipText', () => {
  it('clips by code points and counts what it hides', () => {
    expect(clipText('abcdef', 4)).toEqual({ text: 'abcd', hidden: 2 });
    expect(clipText('abc', 4)).toEqual({ text: 'abc', hidden: 0 });
    // an emoji is one code point, two UTF-16 units: never split in half
    expect(clipText('😀😀😀', 2)).toEqual({ text: '😀😀', hidden: 1 });
    expect(clipText('😀😀', 2)).toEqual({ text: '😀😀', hidden: 0 });
  });
});

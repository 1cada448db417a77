/**
 * The demo's wiring to lib's agent loop, on every preset in both languages: which stop reason each
 * ends with and the observations a reader can check by hand (8·3 = 24, 24·2.5 = 60, 2^10/4 = 256,
 * IEEE 0.1 + 0.2 = 0.30000000000000004).
 */
import { describe, expect, it } from 'vitest';
import type { PresetKey } from '@/components/demos/react-stepper/presets';
import { availableTurns, buildTools, computeRun } from '@/components/demos/react-stepper/run';
import { presetDraft } from '@/components/demos/react-stepper/url-state';
import type { GlossaryEntry } from '@/lib/agents';

const GLOSSARY: GlossaryEntry[] = [
  { id: 'chain-of-thought', term: '思维链', aka: ['chain of thought', 'CoT'], definition: '先写推理步骤。' },
  { id: 'self-consistency', term: '自洽性', aka: ['self-consistency'], definition: '多数投票。' },
];

const runOf = (locale: 'zh' | 'en', key: PresetKey, entries: GlossaryEntry[] | null = GLOSSARY) => {
  const result = computeRun(presetDraft(locale, key), locale, buildTools(locale, entries));
  if (!result.ok) throw new Error(`${key} does not run`);
  return result.run;
};

describe('react-stepper presets', () => {
  it.each(['zh', 'en'] as const)('end as designed (%s)', (locale) => {
    const arithmetic = runOf(locale, 'arithmetic');
    expect(arithmetic.turns.map((t) => t.observation)).toEqual(['24', '60', null]);
    expect(arithmetic.stopReason).toBe('final-answer');

    const loop = runOf(locale, 'loop');
    expect(loop.stopReason).toBe('step-limit');
    expect(loop.turns).toHaveLength(15); // LangChain's default max_iterations
    expect(new Set(loop.turns.map((t) => t.observation))).toEqual(new Set(['0.30000000000000004']));

    const injection = runOf(locale, 'injection');
    expect(injection.turns[0]?.observationKind).toBe('tool-result');
    expect(injection.turns[0]?.observation).toContain('private-notes.txt');
    expect(injection.turns.some((t) => t.actionInput === 'private-notes.txt')).toBe(false);
    expect(injection.stopReason).toBe('final-answer');

    const malformed = runOf(locale, 'malformed');
    expect(malformed.turns.map((t) => t.observationKind)).toEqual([
      'format-error',
      'unknown-tool',
      'tool-error',
      'tool-result',
      null,
    ]);
    expect(malformed.turns[1]?.observation).toBe(
      'python is not a valid tool, try one of [calculator, glossary_lookup, read_document].',
    );
    expect(malformed.turns[2]?.observation).toBe("Error: unknown function 'alert' at position 0");
    expect(malformed.turns[3]?.observation).toBe('256');
    expect(malformed.finalAnswer).toBe('256');
  });

  it('looks the glossary up, and holds the lookup turns back until it has loaded', () => {
    const zh = runOf('zh', 'glossary');
    expect(zh.turns[0]?.observation).toMatch(/^思维链 \[chain-of-thought\]/);
    expect(zh.turns[1]?.observation).toMatch(/^自洽性 \[self-consistency\]/);
    expect(availableTurns(zh, true)).toBe(3);
    expect(availableTurns(zh, false)).toBe(0);
    const en = runOf('en', 'glossary');
    expect(en.turns[0]?.observation).toMatch(/\[chain-of-thought\]/); // found by the alias CoT
    expect(availableTurns(runOf('en', 'arithmetic', null), false)).toBe(3);
  });

  it('reports bad input instead of throwing', () => {
    const tools = buildTools('en', null);
    const base = presetDraft('en', 'arithmetic');
    expect(computeRun({ ...base, policy: '---' }, 'en', tools)).toEqual({
      ok: false,
      error: { kind: 'empty' },
    });
    expect(computeRun({ ...base, limit: 'abc' }, 'en', tools)).toEqual({
      ok: false,
      error: { kind: 'limitField', error: { kind: 'notNumber', text: 'abc' } },
    });
    for (const limit of ['0', '101', '2.5', '1e400']) {
      const result = computeRun({ ...base, limit }, 'en', tools);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.kind).toBe('lib');
    }
    expect(computeRun({ ...base, limit: '2' }, 'en', tools)).toMatchObject({
      ok: true,
      run: { stopReason: 'step-limit' },
    });
  });
});

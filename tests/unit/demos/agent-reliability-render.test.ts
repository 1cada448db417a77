/**
 * SSR smoke test of the agent-reliability demo in both languages, against hand-checkable values:
 * - the default n = 8, c = 6, k = 4: pass^4 = C(6,4)/C(8,4) = 15/70 = 0.2143, pass@4 = 1 (n − c = 2 < 4);
 * - n = 10, c = 5, k = 2: pass^2 = C(5,2)/C(10,2) = 10/45 = 0.2222, pass@2 = 1 − 10/45 = 0.7778;
 * - 20 steps of 0.95: 0.95^20 = 0.3585 with (1 − 0.95^20)/0.05 = 12.83 expected calls; with one
 *   retry 0.9975^20 = 0.9512 with 1.05·(1 − 0.9975^20)/0.0025 = 20.51 calls, at most 40;
 * - the list 0.9, 0.8, 0.5: 0.36, calls 1 + 0.9 + 0.72 = 2.62.
 * Bad drafts show a message and the last valid (here the default) numbers, never NaN.
 */
import { describe, expect, it } from 'vitest';
import { ChainSection } from '@/components/demos/agent-reliability/chain-section';
import { AgentReliabilityDemo } from '@/components/demos/agent-reliability/demo';
import { PassSection } from '@/components/demos/agent-reliability/pass-section';
import { DEFAULT_CHAIN, type ChainDraft } from '@/components/demos/agent-reliability/state';
import { TEXT } from '@/components/demos/agent-reliability/text';
import { clean, renderDemo } from './render-island';

/** Text with React's separators removed and the entities React writes decoded. */
const outputOf = (html: string, attr: string) =>
  clean(new RegExp(`<output[^>]*${attr}[^>]*>(.*?)</output>`, 's').exec(html)?.[1] ?? '');
const alertOf = (html: string) => clean(/<p id="[^"]*" role="alert"[^>]*>(.*?)<\/p>/s.exec(html)?.[1] ?? '');

const DEFAULT_CHAIN_READOUT = (t: (typeof TEXT)['zh']) =>
  t.chainReadout(20, 1, '0.3585', '0.9512', '12.83', '20.51', 40);

describe('AgentReliabilityDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('opens on the defaults in %s', (locale) => {
    const t = TEXT[locale];
    const html = renderDemo(AgentReliabilityDemo, {}, locale);
    const text = clean(html);
    expect(html).toContain('data-demo="agent-reliability"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(outputOf(html, 'data-readout')).toBe(t.passReadout(4, '1.0000', '0.2143'));
    expect(outputOf(html, 'data-chain-readout')).toBe(DEFAULT_CHAIN_READOUT(t));
    expect(text).toContain(t.atOne);
    expect(text).toContain(t.passSource);
    expect(text).toContain(t.assumption);
    expect(text).toContain(t.stepLine('0.9500', '0.9975', 1));
    // two charts with summaries; the pass chart's table lists k = 1 … 8
    expect(html.match(/role="img"/g)).toHaveLength(2);
    expect(text).toContain(t.passChart(8, 6, 4, '1.0000', '0.2143'));
    expect(text).toContain(t.passTableCaption(8, 6));
    expect(text).toContain(t.chainTableCaption(20, 1));
    // five range sliders (n, c, k, m, r) and the p field
    expect(html.match(/type="range"/g)).toHaveLength(5);
    expect(html).toMatch(/<input[^>]*value="0.95"/);
  });

  it.each(['zh', 'en'] as const)('renders the hand-checkable n = 10, c = 5, k = 2 in %s', (locale) => {
    const t = TEXT[locale];
    const html = renderDemo(PassSection, { initial: { n: 10, c: 5, k: 2 }, t }, locale);
    expect(outputOf(html, 'data-readout')).toBe(t.passReadout(2, '0.7778', '0.2222'));
    // the edges: c = 0 and c = n, k = n
    const none = renderDemo(PassSection, { initial: { n: 5, c: 0, k: 5 }, t }, locale);
    expect(outputOf(none, 'data-readout')).toBe(t.passReadout(5, '0.0000', '0.0000'));
    expect(clean(none)).toContain(t.hatZero);
    const all = renderDemo(PassSection, { initial: { n: 1, c: 1, k: 1 }, t }, locale);
    expect(outputOf(all, 'data-readout')).toBe(t.passReadout(1, '1.0000', '1.0000'));
    expect(clean(all)).toContain(t.kFixed);
    expect(none + all).not.toMatch(/NaN|undefined|Infinity/);
  });

  it.each(['zh', 'en'] as const)('renders a list and no retries in %s', (locale) => {
    const t = TEXT[locale];
    const draft: ChainDraft = { ...DEFAULT_CHAIN, mode: 'list', list: '0.9, 0.8, 0.5', r: 0 };
    const html = renderDemo(ChainSection, { initial: draft, t }, locale);
    expect(outputOf(html, 'data-chain-readout')).toBe(
      t.chainReadout(3, 0, '0.3600', '0.3600', '2.62', '2.62', 3),
    );
    expect(clean(html)).toContain(t.listCount(3));
    expect(html).not.toContain('data-step-line');
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });

  it.each(['zh', 'en'] as const)('keeps the last valid result on bad input in %s', (locale) => {
    const t = TEXT[locale];
    const bad: [Partial<ChainDraft>, string][] = [
      [{ p: '' }, t.pError({ kind: 'empty' })],
      [{ p: 'abc' }, t.pError({ kind: 'notNumber', text: 'abc' })],
      [{ p: '🙂' }, t.pError({ kind: 'notNumber', text: '🙂' })],
      [{ p: '1.5' }, t.libError('p', 'p must be in [0, 1], got 1.5')],
      [{ p: '-0.2' }, t.libError('p', 'p must be in [0, 1], got -0.2')],
      [{ mode: 'list', list: '  ' }, t.listError({ kind: 'empty' })],
      [{ mode: 'list', list: '0.9, \uD800' }, t.listError({ kind: 'notNumber', index: 1, text: '\uD800' })],
      [{ mode: 'list', list: '0.9, e\u0301' }, t.listError({ kind: 'notNumber', index: 1, text: 'e\u0301' })],
      [{ mode: 'list', list: '0.9 1.2' }, t.libError('list', 'stepProbs[1] must be in [0, 1], got 1.2')],
    ];
    for (const [change, message] of bad) {
      const html = renderDemo(ChainSection, { initial: { ...DEFAULT_CHAIN, ...change }, t }, locale);
      expect(alertOf(html)).toBe(`${message} ${t.kept}`);
      expect(outputOf(html, 'data-chain-readout')).toBe(DEFAULT_CHAIN_READOUT(t));
      expect(html).toContain('aria-invalid="true"');
      expect(html).not.toMatch(/NaN|undefined|Infinity/);
    }
  });
});

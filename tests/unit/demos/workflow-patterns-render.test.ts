/**
 * SSR smoke test of the workflow-patterns demo, every `pattern` prop in both languages, against
 * hand-checked numbers for the defaults (2 s, 1,000 tokens, p = 0.9 per call; one call on the
 * whole task 0.7):
 * - chaining, 3 steps: 3 × 2 = 6 s, 3,000 tokens, 0.9³ = 0.729;
 * - routing at 0.95: 4 s, 2,000 tokens, 0.95 × 0.9 = 0.855;
 * - sectioning into 3: 2 s, 3,000 tokens, 0.729; voting of 3: 0.9³ + 3·0.9²·0.1 = 0.972;
 * - orchestrator + 3 workers + synthesiser: 6 s, 5,000 tokens, 0.9⁵ = 0.59049;
 * - evaluator–optimizer, 3 rounds, evaluator right 90%: rounds 1 + 0.18 + 0.0324 = 1.2124, so
 *   4 × 1.2124 = 4.8496 s and 2,424.8 tokens; success 0.81 × 1.2124 + 0.0324 × 0.09 = 0.98496.
 */
import { describe, expect, it } from 'vitest';
import { WorkflowPatternsDemo } from '@/components/demos/workflow-patterns/demo';
import { WorkflowLab } from '@/components/demos/workflow-patterns/lab';
import { defaultDraft, PATTERNS, type Pattern } from '@/components/demos/workflow-patterns/model';
import { TEXT } from '@/components/demos/workflow-patterns/text';
import { clean, renderDemo } from './render-island';

/** Text with React's separators removed and the entities React writes decoded. */
const readout = (html: string) =>
  clean(/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '');

type Expected = [name: string | null, expected: boolean, lat: string, tok: string, p: string, one: string];
const EXPECTED: Record<Pattern, Expected> = {
  chaining: [null, false, '6', '3,000', '0.729', '0.700'],
  routing: [null, false, '4', '2,000', '0.855', '0.700'],
  parallelization: ['sectioning', false, '2', '3,000', '0.729', '0.700'],
  'orchestrator-workers': [null, false, '6', '5,000', '0.590', '0.700'],
  'evaluator-optimizer': [null, true, '4.85', '2,425', '0.985', '0.900'],
};

describe('WorkflowPatternsDemo (server render)', () => {
  for (const locale of ['zh', 'en'] as const) {
    const t = TEXT[locale];
    for (const pattern of PATTERNS) {
      it(`renders ${pattern} with hand-checked numbers in ${locale}`, () => {
        const html = renderDemo(WorkflowPatternsDemo, { pattern }, locale);
        const [mode, expected, lat, tok, p, one] = EXPECTED[pattern];
        const name = mode === null ? t.shortNames[pattern] : t.parallelName(t.modeShort.sectioning);
        expect(html).toContain('data-demo="workflow-patterns"');
        expect(html.match(/data-readout/g)).toHaveLength(1);
        expect(html).not.toMatch(/NaN|undefined|Infinity/);
        expect(readout(html)).toBe(t.readout(name, expected, lat, tok, p, '2', '1,000', one));
        expect(html).toContain(`data-diagram="${pattern}"`);
        expect(html).toContain('role="img"');
        expect(clean(html)).toContain(t.diagramSummary(pattern, 'sectioning', 3));
        expect(clean(html)).toContain(t.tableCaption);
        // the pattern select shows the prop; the error line is empty
        expect(html).toMatch(new RegExp(`<option value="${pattern}" selected=""`));
        expect(html).toMatch(/<p id="[^"]*" role="alert"[^>]*><\/p>/);
      });
    }

    it(`renders voting, a long chain and the loop details in ${locale}`, () => {
      const vote = renderDemo(
        WorkflowLab,
        { owner: 'parallelization', initial: { ...defaultDraft('parallelization'), mode: 'voting' } },
        locale,
      );
      expect(readout(vote)).toBe(
        t.readout(t.parallelName(t.modeShort.voting), false, '2', '3,000', '0.972', '2', '1,000', '0.900'),
      );
      expect(clean(vote)).toContain(t.baselineSame.voting);

      // 10 steps: 0.9¹⁰ = 0.3486784401; 20 s, 10,000 tokens; the diagram draws 1, 2, …, 10
      const long = renderDemo(
        WorkflowLab,
        { owner: 'chaining', initial: { ...defaultDraft('chaining'), steps: '10' } },
        locale,
      );
      expect(readout(long)).toBe(
        t.readout(t.shortNames.chaining, false, '20', '10,000', '0.349', '2', '1,000', '0.700'),
      );
      expect(clean(long)).toContain(t.node({ key: 'step', index: 10 }));

      const loop = renderDemo(WorkflowPatternsDemo, { pattern: 'evaluator-optimizer' }, locale);
      expect(clean(loop)).toContain(t.loopRounds('1.212', 3));
      expect(clean(loop)).toContain(t.loopWorst('12', '6,000'));
      // round r runs with probability 0.18^(r − 1)
      expect(clean(loop)).toContain(t.loopReach('1: 1.000 · 2: 0.180 · 3: 0.032'));
      // all three drafts rejected: 0.18³ = 0.005832
      expect(clean(loop)).toContain(t.loopExhausted('0.006'));
    });

    it(`shows the message and keeps the defaults when a link starts bad in ${locale}`, () => {
      const html = renderDemo(
        WorkflowLab,
        { owner: 'routing', initial: { ...defaultDraft('routing'), router: '2' } },
        locale,
      );
      expect(clean(html)).toContain(t.libError('routerAccuracy must be in [0, 1], got 2'));
      expect(clean(html)).toContain(t.kept);
      expect(readout(html)).toBe(
        t.readout(t.shortNames.routing, false, '4', '2,000', '0.855', '2', '1,000', '0.700'),
      );
      expect(html).toContain('aria-invalid="true"');
      expect(html).not.toMatch(/NaN|undefined/);
    });
  }
});

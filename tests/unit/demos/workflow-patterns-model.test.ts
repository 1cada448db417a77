/**
 * The workflow-patterns demo's pure helpers: reading the form into lib calls (hand-checked
 * results: a 3-step chain at p = 0.9 gives 0.9³ = 0.729, routing 0.95 × 0.9 = 0.855), mapping lib's
 * messages to fields, number formatting, the share link and the diagram's geometry.
 */
import { describe, expect, it } from 'vitest';
import {
  drawnMembers,
  layoutDiagram,
  VIEW_HEIGHT,
  VIEW_WIDTH,
} from '@/components/demos/workflow-patterns/layout';
import {
  DEFAULT_DRAFT,
  defaultDraft,
  fieldOfMessage,
  formatAmount,
  hasBaseline,
  PATTERNS,
  readDraft,
  visibleFields,
} from '@/components/demos/workflow-patterns/model';
import { decodeState, encodeState } from '@/components/demos/workflow-patterns/url-state';

describe('readDraft', () => {
  it('evaluates the defaults of every pattern through lib', () => {
    const chain = readDraft(defaultDraft('chaining'));
    expect(chain.ok).toBe(true);
    if (!chain.ok) return;
    expect(chain.value.workflow).toMatchObject({ latency: 6, tokens: 3000, calls: 3 });
    expect(chain.value.workflow.success).toBeCloseTo(0.729, 15);
    expect(chain.value.single).toEqual({ latency: 2, tokens: 1000, success: 0.7, calls: 1 });
    expect(chain.value.count).toBe(3);

    const routing = readDraft(defaultDraft('routing'));
    expect(routing.ok && routing.value.workflow.success).toBeCloseTo(0.855, 15);

    const loop = readDraft(defaultDraft('evaluator-optimizer'));
    expect(loop.ok).toBe(true);
    if (!loop.ok) return;
    // p = 0.9, evaluator right 90% of the time: rounds 1 + 0.18 + 0.0324; the single call is the generator
    expect(loop.value.loop?.expectedRounds).toBeCloseTo(1.2124, 14);
    expect(loop.value.workflow.success).toBeCloseTo(0.98496, 14);
    expect(loop.value.single.success).toBe(0.9);
  });

  it('compares a vote with one of its voters', () => {
    const vote = readDraft({ ...defaultDraft('parallelization'), mode: 'voting', baseline: 'ignored' });
    expect(vote.ok).toBe(true);
    if (!vote.ok) return;
    expect(vote.value.workflow.success).toBeCloseTo(0.972, 12); // 0.9³ + 3·0.9²·0.1
    expect(vote.value.single.success).toBe(0.9);
  });

  it('refuses text that is not a number before lib sees it', () => {
    for (const bad of ['abc', 'NaN', '🙂', '1\u0301', '\ud800']) {
      const r = readDraft({ ...defaultDraft('chaining'), latency: bad });
      expect(r).toEqual({
        ok: false,
        error: { kind: 'field', field: 'latency', error: { kind: 'notNumber', text: bad } },
      });
    }
    expect(readDraft({ ...defaultDraft('chaining'), steps: '  ' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'steps', error: { kind: 'empty' } },
    });
  });

  it("marks the field lib's message names", () => {
    const cases: [Partial<ReturnType<typeof defaultDraft>>, string, string][] = [
      [{ pattern: 'routing', router: '2' }, 'router', 'routerAccuracy must be in [0, 1], got 2'],
      [{ pattern: 'chaining', steps: '0' }, 'steps', 'steps must be an integer in [1, 100], got 0'],
      [{ pattern: 'chaining', steps: '2.5' }, 'steps', 'steps must be an integer in [1, 100], got 2.5'],
      [
        { pattern: 'parallelization', workers: '1e400' },
        'workers',
        'workers must be an integer in [1, 99], got Infinity',
      ],
      [{ pattern: 'chaining', success: '1.5' }, 'success', 'call.success must be in [0, 1], got 1.5'],
      [
        { pattern: 'chaining', latency: '-1' },
        'latency',
        'call.latency must be in [0, 3600] seconds, got -1',
      ],
      [
        { pattern: 'chaining', tokens: '1e9' },
        'tokens',
        'call.tokens must be in [0, 10000000], got 1000000000',
      ],
      [
        { pattern: 'evaluator-optimizer', judge: '1.5' },
        'judge',
        'trueAcceptRate must be in [0, 1], got 1.5',
      ],
      [
        { pattern: 'evaluator-optimizer', rounds: '101' },
        'rounds',
        'maxRounds must be an integer in [1, 100], got 101',
      ],
      [
        { pattern: 'orchestrator-workers', baseline: '7' },
        'baseline',
        'call.success must be in [0, 1], got 7',
      ],
    ];
    for (const [patch, field, message] of cases) {
      const r = readDraft({ ...defaultDraft('chaining'), ...patch });
      expect(r).toEqual({ ok: false, error: { kind: 'lib', field, message } });
    }
  });

  it('ignores the fields a pattern does not show', () => {
    expect(readDraft({ ...defaultDraft('routing'), steps: 'x', workers: '', judge: '9' }).ok).toBe(true);
    expect(visibleFields('evaluator-optimizer', 'sectioning')).toEqual([
      'latency',
      'tokens',
      'success',
      'rounds',
      'judge',
    ]);
    expect(visibleFields('parallelization', 'sectioning')).toContain('baseline');
    expect(hasBaseline('parallelization', 'voting')).toBe(false);
    expect(hasBaseline('orchestrator-workers', 'voting')).toBe(true);
  });
});

describe('fieldOfMessage', () => {
  it('maps both evaluator rates to the one accuracy field and unknown names to null', () => {
    expect(fieldOfMessage('falseAcceptRate must be in [0, 1], got -0.5')).toBe('judge');
    expect(fieldOfMessage('options must be an object, got null')).toBeNull();
  });
});

describe('formatAmount', () => {
  it('rounds, drops trailing zeros and groups thousands', () => {
    expect(formatAmount(4.8496, 2)).toBe('4.85');
    expect(formatAmount(6, 2)).toBe('6');
    expect(formatAmount(3.5, 2)).toBe('3.5');
    expect(formatAmount(2424.8, 0)).toBe('2,425');
    expect(formatAmount(720000, 2)).toBe('720,000');
    expect(formatAmount(0, 2)).toBe('0');
    expect(formatAmount(0.1 + 0.2, 2)).toBe('0.3');
  });
});

describe('share link', () => {
  it('round-trips a draft under wf- keys for the demo that wrote it', () => {
    const draft = { ...defaultDraft('routing'), mode: 'voting' as const, router: '0.8', workers: '5' };
    const params = encodeState('chaining', draft);
    expect(params['wf-for']).toBe('chaining');
    expect(params['wf-pattern']).toBe('routing');
    expect(Object.keys(params).every((k) => k.startsWith('wf-'))).toBe(true);
    const search = `?x=1&${new URLSearchParams(params).toString()}`;
    expect(decodeState(search, 'chaining')).toEqual(draft);
    expect(decodeState(search, 'routing')).toBeNull();
    expect(decodeState('?x=1', 'chaining')).toBeNull();
  });

  it('falls back part by part and keeps bad numbers as typed', () => {
    const d = decodeState(
      `?wf-for=routing&wf-pattern=agents&wf-mode=debate&wf-p=abc&wf-lat=${'9'.repeat(41)}`,
      'routing',
    );
    expect(d).toEqual({ ...defaultDraft('routing'), success: 'abc', latency: DEFAULT_DRAFT.latency });
  });
});

describe('layoutDiagram', () => {
  it('draws the chain one box per step, and 1, 2, …, n for long chains', () => {
    expect(layoutDiagram('chaining', 'sectioning', 3).nodes.map((n) => n.id)).toEqual([
      'in',
      'step-1',
      'step-2',
      'step-3',
      'out',
    ]);
    expect(drawnMembers(10)).toEqual([1, 2, null, 10]);
    expect(layoutDiagram('chaining', 'sectioning', 10).nodes.map((n) => n.id)).toEqual([
      'in',
      'step-1',
      'step-2',
      'step-gap',
      'step-10',
      'out',
    ]);
  });

  it('marks code steps and sometimes-taken arrows', () => {
    const vote = layoutDiagram('parallelization', 'voting', 3);
    expect(vote.nodes.find((n) => n.id === 'aggregate')).toMatchObject({
      kind: 'code',
      label: { key: 'vote' },
    });
    const routing = layoutDiagram('routing', 'sectioning', 3);
    expect(routing.edges.filter((e) => e.from === 'router').every((e) => e.dashed)).toBe(true);
    const loop = layoutDiagram('evaluator-optimizer', 'sectioning', 3);
    expect(loop.edges).toContainEqual({
      from: 'evaluator',
      to: 'generator',
      dashed: true,
      loop: true,
      label: 'reject',
    });
  });

  it('keeps every box inside the picture and every arrow between drawn boxes', () => {
    for (const pattern of PATTERNS) {
      for (const count of [1, 2, 3, 4, 5, 99]) {
        const { nodes, edges } = layoutDiagram(pattern, 'sectioning', count);
        const ids = new Set(nodes.map((n) => n.id));
        expect(ids.size).toBe(nodes.length);
        for (const n of nodes) {
          expect(n.x - n.w / 2).toBeGreaterThanOrEqual(0);
          expect(n.x + n.w / 2).toBeLessThanOrEqual(VIEW_WIDTH);
          expect(n.y - n.h / 2).toBeGreaterThanOrEqual(0);
          expect(n.y + n.h / 2).toBeLessThanOrEqual(VIEW_HEIGHT);
        }
        for (const e of edges) {
          expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
        }
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { accuracyByGroup, dueToday, gradeCard, newCard, studyQueue } from '@/lib/study';

const t0 = new Date('2026-01-01T08:00:00Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('studyQueue', () => {
  it('puts due cards first (earliest first), then new cards, and leaves out cards due later', () => {
    const cards = {
      a: { ...newCard(t0), due: later(5).toISOString() }, // due at +5 min
      b: { ...newCard(t0), due: later(1).toISOString() }, // due at +1 min
      c: gradeCard(newCard(t0), 'easy', t0), // days away
    };
    expect(studyQueue(['a', 'b', 'c', 'd', 'e'], cards, later(10))).toEqual(['b', 'a', 'd', 'e']);
    expect(studyQueue(['a', 'b'], cards, t0)).toEqual([]);
  });
});

describe('dueToday', () => {
  it('counts seen cards due before midnight and cards never seen', () => {
    const cards = { a: newCard(t0), b: gradeCard(newCard(t0), 'easy', t0) };
    expect(dueToday(['a', 'b', 'c'], cards, t0)).toEqual({ due: 1, fresh: 1 });
  });
});

describe('accuracyByGroup', () => {
  it('sums tallies per group and lists the weakest first', () => {
    const items = [
      { key: 'q1', groups: ['intro', 'temperature'] },
      { key: 'q2', groups: ['intro', 'chain-rule'] },
      { key: 'q3', groups: ['decoding'] }, // never answered: not listed
    ];
    const answers = { q1: { right: 1, wrong: 3 }, q2: { right: 3, wrong: 1 } };
    // intro: (1 + 3) right of (4 + 4) = 0.5; temperature 1/4; chain-rule 3/4.
    expect(accuracyByGroup(items, answers)).toEqual([
      { group: 'temperature', right: 1, wrong: 3, accuracy: 0.25 },
      { group: 'intro', right: 4, wrong: 4, accuracy: 0.5 },
      { group: 'chain-rule', right: 3, wrong: 1, accuracy: 0.75 },
    ]);
  });
});

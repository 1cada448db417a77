import { describe, expect, it } from 'vitest';
import { default_learning_steps } from 'ts-fsrs';
import { gradeCard, isDue, newCard, previewIntervals } from '@/lib/study';

const t0 = new Date('2026-01-01T08:00:00Z');

describe('FSRS scheduling (ts-fsrs, fuzz off)', () => {
  it('uses the documented default learning steps for a new card: Again 1 min, Good 10 min', () => {
    // ts-fsrs README: default learning_steps ['1m', '10m'].
    expect(default_learning_steps).toEqual(['1m', '10m']);
    const minutes = previewIntervals(newCard(t0), t0);
    expect(minutes.again).toBe(1);
    expect(minutes.good).toBe(10);
    expect(minutes.hard).toBeGreaterThan(minutes.again);
    expect(minutes.hard).toBeLessThan(minutes.good);
    expect(minutes.easy).toBeGreaterThanOrEqual(24 * 60); // Easy graduates to days
  });

  it('moves the due date forward and counts the review', () => {
    const card = gradeCard(newCard(t0), 'good', t0);
    expect(card.reps).toBe(1);
    expect(Date.parse(card.due)).toBe(t0.getTime() + 10 * 60_000);
    expect(isDue(card, t0)).toBe(false);
    expect(isDue(card, new Date(t0.getTime() + 11 * 60_000))).toBe(true);
  });

  it('is deterministic: the same answers give the same schedule', () => {
    const run = () =>
      ['good', 'good', 'hard', 'again', 'easy'].reduce(
        (card, grade, i) => gradeCard(card, grade as 'good', new Date(Date.parse(card.due) + i * 1000)),
        newCard(t0),
      );
    expect(run()).toEqual(run());
  });

  it('treats a card never seen as due', () => {
    expect(isDue(undefined, t0)).toBe(true);
  });

  it('rejects an unknown grade', () => {
    expect(() => gradeCard(newCard(t0), 'perfect' as 'good', t0)).toThrow(RangeError);
  });
});

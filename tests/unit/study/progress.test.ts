import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  markRead,
  newCard,
  parseProgress,
  parseProgressText,
  recordAnswer,
} from '@/lib/study';

const t0 = new Date('2026-01-01T08:00:00Z');

describe('parseProgress', () => {
  it('accepts a well-formed store and round-trips through JSON', () => {
    const progress = markRead(
      recordAnswer({ ...emptyProgress(), cards: { q1: newCard(t0) } }, 'q1', true),
      'intro/index',
      t0,
    );
    const parsed = parseProgressText(JSON.stringify(progress));
    expect(parsed).toEqual({ ok: true, progress });
  });

  it('rejects other versions, non-objects and broken JSON with a message', () => {
    expect(parseProgress({ version: 2, cards: {}, answers: {}, read: {} })).toEqual({
      ok: false,
      error: 'unsupported progress version 2 (expected 1)',
    });
    expect(parseProgress(null)).toEqual({ ok: false, error: 'progress must be a JSON object' });
    expect(parseProgressText('{oops')).toEqual({ ok: false, error: 'the file is not valid JSON' });
  });

  it('names the first bad field', () => {
    const bad = { ...emptyProgress(), cards: { 'intro-chain-rule': { ...newCard(t0), due: 'tomorrow' } } };
    expect(parseProgress(bad)).toEqual({
      ok: false,
      error: 'cards["intro-chain-rule"] has no valid due date',
    });
    expect(parseProgress({ ...emptyProgress(), answers: { a: { right: -1, wrong: 0 } } }).ok).toBe(false);
    expect(parseProgress({ ...emptyProgress(), read: { 'intro/index': 42 } }).ok).toBe(false);
    expect(parseProgress({ ...emptyProgress(), cards: { q: { ...newCard(t0), state: 7 } } }).ok).toBe(false);
  });

  it('drops unknown fields instead of storing them', () => {
    const parsed = parseProgress({
      ...emptyProgress(),
      extra: '<script>',
      cards: { q: { ...newCard(t0), x: 1 } },
    });
    expect(parsed.ok && Object.keys(parsed.progress)).toEqual(['version', 'cards', 'answers', 'read']);
    expect(parsed.ok && 'x' in (parsed.progress.cards.q ?? {})).toBe(false);
  });
});

describe('recordAnswer and markRead', () => {
  it('count answers and keep the first read date without mutating the input', () => {
    const p0 = emptyProgress();
    const p1 = recordAnswer(recordAnswer(p0, 'exercise:top-p', true), 'exercise:top-p', false);
    expect(p1.answers['exercise:top-p']).toEqual({ right: 1, wrong: 1 });
    expect(p0.answers).toEqual({});
    const p2 = markRead(markRead(p1, 'intro/index', t0), 'intro/index', new Date('2027-01-01T00:00:00Z'));
    expect(p2.read['intro/index']).toBe(t0.toISOString());
  });
});

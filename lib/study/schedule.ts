/**
 * Spaced repetition with FSRS (ts-fsrs, https://github.com/open-spaced-repetition/ts-fsrs):
 * converts between ts-fsrs cards and the stored form, and grades a card.
 */
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import type { Card, Grade } from 'ts-fsrs';
import type { StoredCard } from './progress';

/** The four self-grades, as FSRS names them; keyboard keys 1–4 in the review UI. */
export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type GradeName = (typeof GRADES)[number];

const RATING: Record<GradeName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

// Fuzz would make intervals random; a study site must give the same schedule for the same answers.
const scheduler = fsrs({ enable_fuzz: false });

export function toStored(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as StoredCard['state'],
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
  };
}

export function fromStored(card: StoredCard): Card {
  return {
    ...card,
    due: new Date(card.due),
    last_review: card.last_review ? new Date(card.last_review) : undefined,
  } as Card;
}

/** A card never reviewed, due now. */
export function newCard(now: Date): StoredCard {
  return toStored(createEmptyCard(now));
}

/**
 * Schedules the next review after a self-grade.
 * @throws {RangeError} when `grade` is not one of again/hard/good/easy.
 * @example gradeCard(newCard(t), 'good', t).reps // → 1
 */
export function gradeCard(card: StoredCard, grade: GradeName, now: Date): StoredCard {
  const rating = RATING[grade];
  if (rating === undefined)
    throw new RangeError(`grade must be one of ${GRADES.join(', ')}, got ${String(grade)}`);
  return toStored(scheduler.next(fromStored(card), now, rating).card);
}

/** Intervals each grade would give, for the buttons' labels ("Good · 3 d"). */
export function previewIntervals(card: StoredCard, now: Date): Record<GradeName, number> {
  const preview = scheduler.repeat(fromStored(card), now);
  const minutes = (g: GradeName) => (preview[RATING[g]].card.due.getTime() - now.getTime()) / 60_000;
  return { again: minutes('again'), hard: minutes('hard'), good: minutes('good'), easy: minutes('easy') };
}

/** Whether a card is due at `now` (a card never seen is due). */
export function isDue(card: StoredCard | undefined, now: Date): boolean {
  return !card || Date.parse(card.due) <= now.getTime();
}

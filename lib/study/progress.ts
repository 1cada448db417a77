/**
 * The learner's progress as stored in the browser (localStorage) and in exported files.
 * Versioned and validated field by field on every load, so a corrupted or foreign file is
 * rejected with a message instead of crashing the review page or being silently dropped.
 */

/** An FSRS card as stored: ts-fsrs `Card` with dates as ISO strings. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs `State`: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: 0 | 1 | 2 | 3;
  last_review?: string;
}

/** Right/wrong tallies of one question or exercise kind. */
export interface Tally {
  right: number;
  wrong: number;
}

export interface Progress {
  version: 1;
  /** FSRS state per question id (ids are the same in both languages). */
  cards: Record<string, StoredCard>;
  /** Self-graded answers per question id or exercise kind (`exercise:<kind>`). */
  answers: Record<string, Tally>;
  /** First time each page (`<chapter>/<page>`) was read to the end, ISO date. */
  read: Record<string, string>;
}

export const PROGRESS_VERSION = 1;

export function emptyProgress(): Progress {
  return { version: 1, cards: {}, answers: {}, read: {} };
}

export type ParseResult = { ok: true; progress: Progress } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const isIsoDate = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isFiniteNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

function cardProblem(card: unknown): string | null {
  if (!isObject(card)) return 'is not an object';
  if (!isIsoDate(card.due)) return 'has no valid due date';
  for (const key of ['stability', 'difficulty'] as const) {
    if (!isFiniteNumber(card[key]) || (card[key] as number) < 0) return `has an invalid ${key}`;
  }
  for (const key of ['elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses'] as const) {
    if (!isCount(card[key])) return `has an invalid ${key}`;
  }
  if (![0, 1, 2, 3].includes(card.state as number)) return 'has an invalid state';
  if (card.last_review !== undefined && !isIsoDate(card.last_review))
    return 'has an invalid last_review date';
  return null;
}

/**
 * Validates parsed JSON as {@link Progress}. Every problem is reported with the path of the first
 * bad field, e.g. `cards["intro-chain-rule"] has no valid due date`.
 * @example parseProgress({ version: 1, cards: {}, answers: {}, read: {} }).ok // → true
 * @example parseProgress({ version: 2 }) // → { ok: false, error: 'unsupported progress version 2 (expected 1)' }
 */
export function parseProgress(value: unknown): ParseResult {
  if (!isObject(value)) return { ok: false, error: 'progress must be a JSON object' };
  if (value.version !== PROGRESS_VERSION) {
    return { ok: false, error: `unsupported progress version ${JSON.stringify(value.version)} (expected 1)` };
  }
  const { cards, answers, read } = value;
  if (!isObject(cards)) return { ok: false, error: 'cards must be an object' };
  if (!isObject(answers)) return { ok: false, error: 'answers must be an object' };
  if (!isObject(read)) return { ok: false, error: 'read must be an object' };
  for (const [id, card] of Object.entries(cards)) {
    const problem = cardProblem(card);
    if (problem) return { ok: false, error: `cards[${JSON.stringify(id)}] ${problem}` };
  }
  for (const [id, tally] of Object.entries(answers)) {
    if (!isObject(tally) || !isCount(tally.right) || !isCount(tally.wrong)) {
      return { ok: false, error: `answers[${JSON.stringify(id)}] must be { right, wrong } with counts ≥ 0` };
    }
  }
  for (const [page, date] of Object.entries(read)) {
    if (!isIsoDate(date)) return { ok: false, error: `read[${JSON.stringify(page)}] must be an ISO date` };
  }
  // Copy only the known fields: an imported file cannot smuggle extra data into storage.
  const progress: Progress = {
    version: 1,
    cards: Object.fromEntries(
      Object.entries(cards as Record<string, StoredCard>).map(([id, c]) => [
        id,
        {
          due: c.due,
          stability: c.stability,
          difficulty: c.difficulty,
          elapsed_days: c.elapsed_days,
          scheduled_days: c.scheduled_days,
          learning_steps: c.learning_steps,
          reps: c.reps,
          lapses: c.lapses,
          state: c.state,
          ...(c.last_review === undefined ? {} : { last_review: c.last_review }),
        },
      ]),
    ),
    answers: Object.fromEntries(
      Object.entries(answers as Record<string, Tally>).map(([id, t]) => [
        id,
        { right: t.right, wrong: t.wrong },
      ]),
    ),
    read: { ...(read as Record<string, string>) },
  };
  return { ok: true, progress };
}

/**
 * Parses the text of a stored or imported progress file.
 * @example parseProgressText('not json').ok // → false
 */
export function parseProgressText(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the file is not valid JSON' };
  }
  return parseProgress(value);
}

/** Adds one right or wrong answer to a tally (a fresh object; the input is not changed). */
export function recordAnswer(progress: Progress, key: string, right: boolean): Progress {
  const old = progress.answers[key] ?? { right: 0, wrong: 0 };
  const tally = right ? { ...old, right: old.right + 1 } : { ...old, wrong: old.wrong + 1 };
  return { ...progress, answers: { ...progress.answers, [key]: tally } };
}

/** Marks a page as read (keeps the first date). */
export function markRead(progress: Progress, page: string, now: Date): Progress {
  if (progress.read[page]) return progress;
  return { ...progress, read: { ...progress.read, [page]: now.toISOString() } };
}

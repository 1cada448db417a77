/**
 * What the review page shows about progress: the order of the flashcard queue, what is due,
 * and accuracy per chapter or tag. Pure functions over the stored progress.
 */
import type { StoredCard, Tally } from './progress';

/**
 * The flashcards to study now, in order: cards already seen and due (earliest due first), then
 * cards never seen (in the given order). Cards scheduled for later are left out.
 * @example studyQueue(['a', 'b'], {}, new Date()) // → ['a', 'b']
 */
export function studyQueue(
  ids: readonly string[],
  cards: Readonly<Record<string, StoredCard>>,
  now: Date,
): string[] {
  const t = now.getTime();
  const due = ids
    .filter((id) => cards[id] !== undefined && Date.parse(cards[id].due) <= t)
    .sort((a, b) => Date.parse(cards[a]!.due) - Date.parse(cards[b]!.due));
  const fresh = ids.filter((id) => cards[id] === undefined);
  return [...due, ...fresh];
}

/**
 * How many seen cards are due by the end of `now`'s local day, and how many were never seen.
 * @example dueToday(['a'], {}, new Date()) // → { due: 0, fresh: 1 }
 */
export function dueToday(
  ids: readonly string[],
  cards: Readonly<Record<string, StoredCard>>,
  now: Date,
): { due: number; fresh: number } {
  const endOfDay = new Date(now);
  endOfDay.setHours(23, 59, 59, 999);
  let due = 0;
  let fresh = 0;
  for (const id of ids) {
    const card = cards[id];
    if (!card) fresh += 1;
    else if (Date.parse(card.due) <= endOfDay.getTime()) due += 1;
  }
  return { due, fresh };
}

export interface GroupAccuracy {
  group: string;
  right: number;
  wrong: number;
  /** right / (right + wrong); only groups with at least one answer are listed. */
  accuracy: number;
}

/**
 * Sums right/wrong answers per group (a chapter, a tag) and lists the weakest groups first
 * (lowest accuracy, then most answers, then name).
 * @example accuracyByGroup([{ key: 'q1', groups: ['intro'] }], { q1: { right: 1, wrong: 1 } })
 * // → [{ group: 'intro', right: 1, wrong: 1, accuracy: 0.5 }]
 */
export function accuracyByGroup(
  items: readonly { key: string; groups: readonly string[] }[],
  answers: Readonly<Record<string, Tally>>,
): GroupAccuracy[] {
  const sums = new Map<string, { right: number; wrong: number }>();
  for (const { key, groups } of items) {
    const tally = answers[key];
    if (!tally || tally.right + tally.wrong === 0) continue;
    for (const group of new Set(groups)) {
      const sum = sums.get(group) ?? { right: 0, wrong: 0 };
      sums.set(group, { right: sum.right + tally.right, wrong: sum.wrong + tally.wrong });
    }
  }
  return [...sums]
    .map(([group, { right, wrong }]) => ({ group, right, wrong, accuracy: right / (right + wrong) }))
    .sort(
      (a, b) =>
        a.accuracy - b.accuracy || b.right + b.wrong - (a.right + a.wrong) || a.group.localeCompare(b.group),
    );
}

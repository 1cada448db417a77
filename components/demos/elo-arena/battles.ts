import { formatFixed } from '@/lib/format';
import type { Battle, BattleWinner } from '@/lib/metrics';

/** The arena's models, in the order every table lists them. */
export const MODELS = ['Alpha', 'Bravo', 'Charlie', 'Delta'] as const;
export const MAX_BATTLES = 200;

const WINNER: Record<string, BattleWinner> = { a: 'model_a', b: 'model_b', t: 'tie' };

/** `'ABa BCt'` → Alpha beats Bravo, Bravo ties Charlie (first letters of MODELS; a / b / t). */
function decode(code: string): Battle[] {
  const byLetter = (ch: string | undefined) => MODELS.find((m) => m[0] === ch) ?? 'Alpha';
  return code.split(' ').map((s) => [byLetter(s[0]), byLetter(s[1]), WINNER[s[2] ?? 't'] ?? 'tie'] as const);
}

/**
 * Presets, each with its K: order effects are second order in K, so they
 * show at chess-like K = 32 and hide at FastChat's 4. The `order` battles were picked so that
 * their reverse puts Charlie and Delta the other way round at K = 32 (and the reverse agrees
 * with Bradley–Terry).
 */
export const PRESETS = {
  arena: { battles: decode('ABa BCa ACa CAt BAb CBa ABb BCa ACa CBb ABa CAa'), k: 4 },
  split: { battles: decode('ABa ABb'), k: 32 },
  order: { battles: decode('BCa DCa ADb CDb BCb BAb BCb ABa DCt DAb DCb ADa'), k: 32 },
} as const;

/** The result for `model` in `battle`: 1 win, 0 loss, ½ tie; null if it did not play. */
export function resultOf(model: string, [a, b, winner]: Battle): number | null {
  if (model !== a && model !== b) return null;
  if (winner === 'model_a') return model === a ? 1 : 0;
  if (winner === 'model_b') return model === b ? 1 : 0;
  return 0.5;
}

/** Models best first; equal ratings share a place, written with "=" (`Alpha > Bravo = Charlie`). */
export function rankingText(ratings: Readonly<Record<string, number>>, models: readonly string[]): string {
  const sorted = [...models].sort((x, y) => (ratings[y] ?? 0) - (ratings[x] ?? 0));
  return sorted
    .map((m, i) => (i === 0 ? m : `${ratings[m] === ratings[sorted[i - 1] ?? ''] ? '=' : '>'} ${m}`))
    .join(' ');
}

/** 1 + the number of models rated strictly higher (ties share a place). */
export function placeOf(
  model: string,
  ratings: Readonly<Record<string, number>>,
  models: readonly string[],
): number {
  return 1 + models.filter((m) => (ratings[m] ?? 0) > (ratings[model] ?? 0)).length;
}

/** A rating to one decimal, or a dash for a model that has not played. */
export const fmtRating = (r: number | undefined) => (r === undefined ? '—' : formatFixed(r, 1));

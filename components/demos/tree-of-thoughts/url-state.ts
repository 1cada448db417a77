/**
 * The tree-of-thoughts demo's state in the address, under `tot-` keys so other parameters of the
 * page survive: `?tot-n=1+5+5+5&tot-b=3&tot-v=oracle` (numbers, beam width b, value heuristic).
 * Pure; tested in tests/unit/demos/tree-of-thoughts-url.test.ts.
 */
import { TOT_VALUE_HEURISTICS, type TotValueHeuristic } from '@/lib/prompting/game-of-24';
import { splitFour, type Fields } from './numbers';

export const KEY = { numbers: 'tot-n', beam: 'tot-b', value: 'tot-v' } as const;

/** The widths the slider offers (b = 5 is the paper's setting, b = 1 one greedy chain). */
export const BEAMS = [1, 2, 3, 4, 5] as const;

/** A numbers parameter longer than this is ignored (four numbers never are). */
const MAX_NUMBERS_LENGTH = 60;

/** What a link restores. */
export interface TotState {
  readonly fields: Fields;
  readonly beam: number;
  readonly value: TotValueHeuristic;
}

/**
 * The demo's query parameters (for `useWriteQuery`).
 *
 * @example encodeState({ fields: ['4', '9', '10', '13'], beam: 5, value: 'rollout' }) // { 'tot-n': '4 9 10 13', 'tot-b': '5', 'tot-v': 'rollout' }
 */
export function encodeState({ fields, beam, value }: TotState): Record<string, string> {
  return {
    [KEY.numbers]: fields.map((f) => f.trim()).join(' '),
    [KEY.beam]: String(beam),
    [KEY.value]: value,
  };
}

/**
 * The state a query string carries, missing or unusable values taken from `fallback`: numbers
 * that do not split into four are dropped (four that split but are bad are kept as typed, so the
 * demo shows its usual message), b outside 1–5 and unknown heuristics too. Null when the query
 * has none of the demo's keys.
 *
 * @example decodeState('?tot-b=2', fallback)?.beam // 2
 * @example decodeState('?x=1', fallback) // null
 */
export function decodeState(search: string, fallback: TotState): TotState | null {
  const query = new URLSearchParams(search);
  if (!Object.values(KEY).some((key) => query.has(key))) return null;
  const numbers = query.get(KEY.numbers);
  const fields =
    numbers !== null && numbers.length <= MAX_NUMBERS_LENGTH
      ? (splitFour(numbers) ?? fallback.fields)
      : fallback.fields;
  const beamText = query.get(KEY.beam);
  const beam = beamText !== null && /^\d$/.test(beamText) ? Number(beamText) : -1;
  const value = query.get(KEY.value);
  return {
    fields,
    beam: (BEAMS as readonly number[]).includes(beam) ? beam : fallback.beam,
    value: TOT_VALUE_HEURISTICS.find((h) => h === value) ?? fallback.value,
  };
}

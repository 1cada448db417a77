/**
 * The GRPO lab's state in the address. The lab appears twice on the GRPO page, so each tab has its
 * own prefix and the two never read or overwrite each other's keys: `ga-` for the advantages tab
 * (`?ga-g=4&ga-rows=c320_w410_w380_w450&ga-fmt=0`), `gw-` for the aggregation tab
 * (`?gw-g=2&gw-rows=c200_w1800&gw-L=2048&gw-loss=dapo&gw-std=1`). A row is `c` (right) or `w`
 * (wrong), `f` when it keeps the format, then its length. Pure; tested in
 * tests/unit/demos/grpo-lab-url.test.ts.
 */
import { parseField } from '@/components/demos/shared/number-field';
import {
  DEFAULT_ADVANTAGES,
  DEFAULT_AGGREGATION,
  DEFAULT_ROW,
  fillRows,
  LOSS_TYPES,
  MAX_G,
  parseGroupSize,
  type AdvantagesDraft,
  type AggregationDraft,
  type Row,
} from './group';

const ADV = { g: 'ga-g', rows: 'ga-rows', format: 'ga-fmt' } as const;
const AGG = { g: 'gw-g', rows: 'gw-rows', maxLength: 'gw-L', lossType: 'gw-loss', scale: 'gw-std' } as const;

/** Every query key the lab writes, per tab. */
export const URL_KEYS = { advantages: Object.values(ADV), aggregation: Object.values(AGG) } as const;

/** A typed field longer than this in a link is ignored (no real count is that long). */
const MAX_FIELD_LENGTH = 12;
const ROW = /^([cw])(f?)(\d{1,9})$/;

/** The first G rows (all MAX_G when G cannot be read), as `c320_wf410_…`. */
function encodeRows(g: string, rows: readonly Row[]): string {
  const size = parseGroupSize(g);
  const n = size.ok ? Math.min(size.value, MAX_G) : MAX_G;
  return rows
    .slice(0, n)
    .map((r) => {
      const parsed = parseField(r.length);
      const length =
        parsed.ok && Number.isSafeInteger(parsed.value) ? String(parsed.value) : DEFAULT_ROW.length;
      return `${r.correct ? 'c' : 'w'}${r.format ? 'f' : ''}${length}`;
    })
    .join('_');
}

/** Rows from `c320_wf410_…`; a token that does not parse becomes DEFAULT_ROW; padded to MAX_G. */
function decodeRows(text: string | null, fallback: readonly Row[]): Row[] {
  if (text === null) return fillRows(fallback);
  return fillRows(
    text
      .split('_')
      .slice(0, MAX_G)
      .map((token) => {
        const m = ROW.exec(token);
        return m
          ? { correct: m[1] === 'c', format: m[2] === 'f', length: String(Number(m[3])) }
          : DEFAULT_ROW;
      }),
  );
}

const field = (query: URLSearchParams, key: string, fallback: string) => {
  const value = query.get(key);
  return value !== null && value.length <= MAX_FIELD_LENGTH ? value : fallback;
};

/** The advantages tab's query parameters (for `useWriteQuery`). */
export function encodeAdvantages(draft: AdvantagesDraft): Record<string, string> {
  return {
    [ADV.g]: draft.g.trim(),
    [ADV.rows]: encodeRows(draft.g, draft.rows),
    [ADV.format]: draft.formatOn ? '1' : '0',
  };
}

/**
 * The advantages tab's draft from a query string, or null when it has none of the `ga-` keys.
 *
 * @example decodeAdvantages('?ga-g=4&ga-rows=c320_w410') // { g: '4', formatOn: false, rows: [c320, w410, default…] }
 * @example decodeAdvantages('?gw-g=2') // null
 */
export function decodeAdvantages(search: string): AdvantagesDraft | null {
  const query = new URLSearchParams(search);
  if (!Object.values(ADV).some((key) => query.has(key))) return null;
  return {
    g: field(query, ADV.g, DEFAULT_ADVANTAGES.g),
    formatOn: query.get(ADV.format) === '1',
    rows: decodeRows(query.get(ADV.rows), DEFAULT_ADVANTAGES.rows),
  };
}

/** The aggregation tab's query parameters (for `useWriteQuery`). */
export function encodeAggregation(draft: AggregationDraft): Record<string, string> {
  return {
    [AGG.g]: draft.g.trim(),
    [AGG.rows]: encodeRows(draft.g, draft.rows),
    [AGG.maxLength]: draft.maxLength.trim(),
    [AGG.lossType]: draft.lossType,
    [AGG.scale]: draft.scale ? '1' : '0',
  };
}

/**
 * The aggregation tab's draft from a query string, or null when it has none of the `gw-` keys.
 * An unknown loss type falls back to the default.
 *
 * @example decodeAggregation('?gw-loss=dapo')?.lossType // 'dapo'
 */
export function decodeAggregation(search: string): AggregationDraft | null {
  const query = new URLSearchParams(search);
  if (!Object.values(AGG).some((key) => query.has(key))) return null;
  const loss = query.get(AGG.lossType);
  return {
    g: field(query, AGG.g, DEFAULT_AGGREGATION.g),
    rows: decodeRows(query.get(AGG.rows), DEFAULT_AGGREGATION.rows),
    maxLength: field(query, AGG.maxLength, DEFAULT_AGGREGATION.maxLength),
    lossType: LOSS_TYPES.find((t) => t === loss) ?? DEFAULT_AGGREGATION.lossType,
    scale: query.get(AGG.scale) !== '0',
  };
}

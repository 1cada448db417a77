/**
 * The best-of-n demo's state in the address. Its two views sit on one page, so each has its own
 * keys: `bon-n` for the KL view, `oo-` for the over-optimisation view
 * (`?oo-method=rl&oo-a=1&oo-b=0.5&oo-at=40`). Pure; tested in tests/unit/demos/best-of-n-url.test.ts.
 */
import { DEFAULT_AT, SLIDER_DIVISIONS } from './overopt-compute';
import { DEFAULT_OVER, METHODS, type OverDraft } from './presets';

export const N_KEY = 'bon-n';

const OVER_KEY = { method: 'oo-method', alpha: 'oo-a', beta: 'oo-b', at: 'oo-at' } as const;

/** A typed field longer than this in a link is ignored (no real number is that long). */
const MAX_FIELD_LENGTH = 40;

/**
 * The N a query string carries as typed, or null without one (or an over-long one).
 *
 * @example decodeN('?bon-n=64') // '64'
 */
export function decodeN(search: string): string | null {
  const value = new URLSearchParams(search).get(N_KEY);
  return value !== null && value.length <= MAX_FIELD_LENGTH ? value : null;
}

/** What an over-optimisation link restores: the form and the slider position. */
export interface OverLinked {
  readonly draft: OverDraft;
  readonly at: number;
}

/** The over-optimisation view's query parameters (for `useWriteQuery`). */
export function encodeOver({ draft, at }: OverLinked): Record<string, string> {
  return {
    [OVER_KEY.method]: draft.method,
    [OVER_KEY.alpha]: draft.alpha,
    [OVER_KEY.beta]: draft.beta,
    [OVER_KEY.at]: String(at),
  };
}

/**
 * The over-optimisation state a query string carries, missing or unknown values from the default
 * (a slider position outside 0 … SLIDER_DIVISIONS becomes DEFAULT_AT); null when it has none of
 * the view's keys.
 *
 * @example decodeOver('?oo-method=rl&oo-b=0.5') // { draft: { method: 'rl', alpha: '1', beta: '0.5' }, at: 40 }
 */
export function decodeOver(search: string): OverLinked | null {
  const query = new URLSearchParams(search);
  if (!Object.values(OVER_KEY).some((key) => query.has(key))) return null;
  const field = (key: string, fallback: string) => {
    const value = query.get(key);
    return value !== null && value.length <= MAX_FIELD_LENGTH ? value : fallback;
  };
  const method = query.get(OVER_KEY.method);
  const at = query.get(OVER_KEY.at);
  const index = at !== null && /^\d{1,3}$/.test(at) ? Number(at) : -1;
  return {
    draft: {
      method: METHODS.find((m) => m === method) ?? DEFAULT_OVER.method,
      alpha: field(OVER_KEY.alpha, DEFAULT_OVER.alpha),
      beta: field(OVER_KEY.beta, DEFAULT_OVER.beta),
    },
    at: index >= 0 && index <= SLIDER_DIVISIONS ? index : DEFAULT_AT,
  };
}

/**
 * The KL-estimator demo's state in the address (`?kl-p=0.5,0.5&kl-q=0.25,0.75&kl-n=1000&kl-seed=1`),
 * under `kl-` keys so other demos' parameters on the page survive. Pure; tested in
 * tests/unit/demos/kl-estimators-compute.test.ts.
 */
import { DEFAULT_DRAFT, MAX_TOKENS, MIN_TOKENS, type KlDraft } from './presets';

const KEY = { policy: 'kl-p', ref: 'kl-q', n: 'kl-n', seed: 'kl-seed' } as const;

/** A typed field longer than this in a link is ignored (no real number is that long). */
const MAX_FIELD_LENGTH = 40;

/** The query parameters of a draft (for `useWriteQuery`). */
export function encodeState(draft: KlDraft): Record<string, string> {
  return {
    [KEY.policy]: draft.policy.join(','),
    [KEY.ref]: draft.ref.join(','),
    [KEY.n]: draft.n,
    [KEY.seed]: draft.seed,
  };
}

/** A comma-separated list of 2–6 fields, each short enough, or null. */
function readList(value: string | null): string[] | null {
  if (value === null) return null;
  const items = value.split(',');
  if (items.length < MIN_TOKENS || items.length > MAX_TOKENS) return null;
  return items.every((x) => x.length <= MAX_FIELD_LENGTH) ? items : null;
}

/**
 * The draft a query string carries; null when it has none of the demo's keys. The two
 * distributions are taken from the link only together and with the same number of tokens (2–6),
 * else both come from the default; N and the seed each fall back alone. Fields come back as typed,
 * so a bad number in a link shows the demo's usual message.
 *
 * @example decodeState('?kl-p=0.5,0.5&kl-q=0.25,0.75')?.policy // ['0.5', '0.5']
 * @example decodeState('?ppo-r=1') // null
 */
export function decodeState(search: string): KlDraft | null {
  const query = new URLSearchParams(search);
  if (!Object.values(KEY).some((key) => query.has(key))) return null;
  const policy = readList(query.get(KEY.policy));
  const ref = readList(query.get(KEY.ref));
  const pair = policy && ref && policy.length === ref.length ? { policy, ref } : null;
  const field = (key: string, fallback: string) => {
    const value = query.get(key);
    return value !== null && value.length <= MAX_FIELD_LENGTH ? value : fallback;
  };
  return {
    policy: pair?.policy ?? DEFAULT_DRAFT.policy,
    ref: pair?.ref ?? DEFAULT_DRAFT.ref,
    n: field(KEY.n, DEFAULT_DRAFT.n),
    seed: field(KEY.seed, DEFAULT_DRAFT.seed),
  };
}

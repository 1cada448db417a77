/**
 * The ReAct stepper's share link, under `rs-` keys so other demos' parameters survive:
 * `rs-for` (the preset the demo was opened with, so that of two steppers on one page only the one
 * that wrote the link picks it up), `rs-preset`, `rs-policy` (an edited script, only when short),
 * `rs-limit`, `rs-repeat` (only when it differs from the preset's) and `rs-turn`. Pure; tested in
 * tests/unit/demos/react-stepper-url.test.ts.
 */
import type { Locale } from '@/lib/i18n';
import { joinPolicy } from './policy';
import { DEFAULT_STEP_LIMIT, PRESET_KEYS, PRESETS, type PresetKey } from './presets';
import type { StepperDraft } from './run';

export const KEY = {
  for: 'rs-for',
  preset: 'rs-preset',
  policy: 'rs-policy',
  limit: 'rs-limit',
  repeat: 'rs-repeat',
  turn: 'rs-turn',
} as const;

/** An edited script longer than this stays out of the address (a link then carries the preset's). */
export const POLICY_URL_MAX_CHARS = 1000;
/** A typed step limit longer than this in a link is ignored. */
const LIMIT_MAX_CHARS = 12;
/** The deepest turn a link can ask for (lib's step limit is 100). */
const TURN_PATTERN = /^\d{1,3}$/;

/** The draft of a preset, untouched. */
export function presetDraft(locale: Locale, preset: PresetKey): StepperDraft {
  const p = PRESETS[locale][preset];
  return { preset, policy: joinPolicy(p.steps), limit: DEFAULT_STEP_LIMIT, repeat: p.repeat };
}

/** Whether the draft's script is the preset's own. */
export function isPresetPolicy(locale: Locale, draft: StepperDraft): boolean {
  return draft.policy === presetDraft(locale, draft.preset).policy;
}

/**
 * The query parameters of a state (for `useWriteQuery`; null removes a key).
 *
 * @example encodeState('arithmetic', 'en', presetDraft('en', 'loop'), 3) // { 'rs-for': 'arithmetic', 'rs-preset': 'loop', 'rs-policy': null, 'rs-limit': '15', 'rs-repeat': null, 'rs-turn': '3' }
 */
export function encodeState(
  owner: PresetKey,
  locale: Locale,
  draft: StepperDraft,
  turn: number,
): Record<string, string | null> {
  const edited = !isPresetPolicy(locale, draft);
  const repeatDefault = PRESETS[locale][draft.preset].repeat;
  return {
    [KEY.for]: owner,
    [KEY.preset]: draft.preset,
    [KEY.policy]: edited && draft.policy.length <= POLICY_URL_MAX_CHARS ? draft.policy : null,
    [KEY.limit]: draft.limit.length <= LIMIT_MAX_CHARS ? draft.limit : null,
    [KEY.repeat]: draft.repeat === repeatDefault ? null : draft.repeat ? '1' : '0',
    [KEY.turn]: String(turn),
  };
}

/**
 * The state a query string carries for the stepper opened with `owner`, or null when it carries
 * none for it. Unknown or over-long values fall back to the preset's; the step limit comes back as
 * typed, so a bad one shows the demo's usual message.
 *
 * @example decodeState('?rs-for=arithmetic&rs-preset=loop&rs-turn=4', 'arithmetic', 'en')?.turn // 4
 * @example decodeState('?rs-for=injection&rs-turn=4', 'arithmetic', 'en') // null
 */
export function decodeState(
  search: string,
  owner: PresetKey,
  locale: Locale,
): { draft: StepperDraft; turn: number } | null {
  const query = new URLSearchParams(search);
  if (query.get(KEY.for) !== owner) return null;
  const preset = PRESET_KEYS.find((key) => key === query.get(KEY.preset)) ?? owner;
  const base = presetDraft(locale, preset);
  const policy = query.get(KEY.policy);
  const limit = query.get(KEY.limit);
  const repeat = query.get(KEY.repeat);
  const turn = query.get(KEY.turn);
  return {
    draft: {
      preset,
      policy: policy !== null && policy.length <= POLICY_URL_MAX_CHARS ? policy : base.policy,
      limit: limit !== null && limit.length <= LIMIT_MAX_CHARS ? limit : base.limit,
      repeat: repeat === '1' ? true : repeat === '0' ? false : base.repeat,
    },
    turn: turn !== null && TURN_PATTERN.test(turn) ? Number(turn) : 0,
  };
}

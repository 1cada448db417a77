import { parseNumberList } from '@/lib/format/parse';
import { checkNumber, checkNumberArray, checkObject, describeValue } from '@/lib/utils/validate';
import { SETTING_DOMAINS, checkSetting } from './playground';
import type { PlaygroundSettings, SettingName } from './playground';
import { checkTokenIds } from './token-ids';

/** The whole state of the decoding playground, as a link shares it. */
export interface PlaygroundState {
  /** Id of the vocabulary preset (its token labels live in the demo). */
  vocab: string;
  /** One finite logit per token of the vocabulary, each in [−100, 100]. */
  logits: readonly number[];
  /** Generation history the penalties see: token ids, at most 20. */
  history: readonly number[];
  settings: PlaygroundSettings;
}

/** A vocabulary the playground offers: its starting logits and history. */
export interface VocabPreset {
  logits: readonly number[];
  history: readonly number[];
}

/** Query-string key of each setting (short, so a shared link stays readable). */
export const SETTING_KEYS: Readonly<Record<SettingName, string>> = {
  temperature: 't',
  topK: 'k',
  topP: 'p',
  minP: 'm',
  repetitionPenalty: 'r',
  presencePenalty: 'pp',
  frequencyPenalty: 'fp',
  noRepeatNgramSize: 'ng',
  seed: 's',
  draws: 'n',
};

/** Largest |logit| the playground accepts: plenty for illustration, far from overflow at T = 0.1. */
export const LOGIT_LIMIT = 100;
/** Longest generation history (keeps links short and the chips on one or two lines). */
export const MAX_HISTORY = 20;

/**
 * Returns `values` as the logits of a vocabulary of `vocabSize` tokens: exactly one per token,
 * each finite and in [−100, 100].
 *
 * @throws {TypeError} when `values` is not an array of numbers.
 * @throws {RangeError} on a wrong count (`logits must have 8 values (one per token), got 7`) or a
 *   value out of range (`logits[2] must be finite and in [-100, 100], got 1000`).
 * @example checkInputLogits([2, -1], 2) // [2, -1]
 */
export function checkInputLogits(values: unknown, vocabSize: number): number[] {
  const xs = checkNumberArray('logits', values);
  if (xs.length !== vocabSize) {
    throw new RangeError(`logits must have ${vocabSize} values (one per token), got ${xs.length}`);
  }
  xs.forEach((x, i) => {
    checkNumber(
      `logits[${i}]`,
      x,
      (v) => Math.abs(v) <= LOGIT_LIMIT,
      `finite and in [-${LOGIT_LIMIT}, ${LOGIT_LIMIT}]`,
    );
  });
  return [...xs];
}

/**
 * Returns `ids` as a generation history: at most 20 token ids, each an integer in [0, vocabSize).
 *
 * @throws {TypeError} when `ids` is not an array of numbers.
 * @throws {RangeError} when it is too long or an id is out of range (see `checkTokenIds`).
 * @example checkHistory([0, 2, 0], 3) // [0, 2, 0]
 */
export function checkHistory(ids: unknown, vocabSize: number): number[] {
  const xs = checkTokenIds('history', ids, vocabSize);
  if (xs.length > MAX_HISTORY) {
    throw new RangeError(`history must have at most ${MAX_HISTORY} tokens, got ${xs.length}`);
  }
  return [...xs];
}

/**
 * Writes the playground's state as a query string (without `?`), every setting included:
 * `v=cat&l=4.2,2.6,…&h=0,6,0&t=0.7&k=0&p=0.9&m=0&r=1&pp=0&fp=0&ng=0&s=42&n=1000`. Numbers are
 * written with `String`, which round-trips every double (`+` escaped as `%2B`); lists are
 * comma-separated.
 *
 * @throws {TypeError} when `state` is not an object.
 * @throws {RangeError} when `state.vocab` contains characters other than letters, digits, `-` and
 *   `_`.
 * @example encodePlaygroundState(state).startsWith('v=cat&l=') // true
 */
export function encodePlaygroundState(state: PlaygroundState): string {
  const s = checkObject('state', state) as unknown as PlaygroundState;
  if (typeof s.vocab !== 'string' || !/^[\w-]+$/.test(s.vocab)) {
    throw new RangeError(`state.vocab must be a preset id ([A-Za-z0-9_-]), got ${describeValue(s.vocab)}`);
  }
  const parts = [`v=${s.vocab}`, `l=${s.logits.join(',')}`, `h=${s.history.join(',')}`];
  for (const name of Object.keys(SETTING_KEYS) as SettingName[]) {
    parts.push(`${SETTING_KEYS[name]}=${String(s.settings[name])}`);
  }
  // A literal '+' in a query string reads back as a space ('1e+21').
  return parts.join('&').replace(/\+/g, '%2B');
}

/**
 * Reads a playground link. Every value is validated (settings by `checkSetting`, logits by
 * `checkInputLogits`, history by `checkHistory`); a missing value keeps the fallback's, and an
 * invalid one falls back too, with a message in `problems` naming the key (`t=0.75: temperature
 * must be in [0.1, 2] in steps of 0.1, got 0.75`). A new vocabulary without `l` / `h` takes its
 * preset's logits and history. Unknown keys are ignored. Never throws for any query string.
 *
 * @param query `location.search`, with or without the leading `?`.
 * @param presets the vocabularies by id; `fallback.vocab` must be one of them.
 * @param fallback the state to start from (the demo's defaults).
 * @throws {RangeError} only when `fallback.vocab` is not in `presets` (a programming error).
 * @example decodePlaygroundState('?t=0.7', presets, fallback).state.settings.temperature // 0.7
 */
export function decodePlaygroundState(
  query: string,
  presets: Readonly<Record<string, VocabPreset>>,
  fallback: PlaygroundState,
): { state: PlaygroundState; problems: string[] } {
  if (!Object.hasOwn(presets, fallback.vocab)) {
    throw new RangeError(`fallback.vocab must be a preset id, got ${describeValue(fallback.vocab)}`);
  }
  const params = new URLSearchParams(String(query).replace(/^\?/, ''));
  const problems: string[] = [];
  const read = <T>(key: string, keep: T, parse: (raw: string) => T): T => {
    const raw = params.get(key);
    if (raw === null) return keep;
    try {
      return parse(raw);
    } catch (error) {
      problems.push(`${key}=${raw}: ${error instanceof Error ? error.message : String(error)}`);
      return keep;
    }
  };
  const numbers = (name: string, raw: string) => {
    const parsed = parseNumberList(raw);
    if (!parsed.ok) throw new RangeError(`${name}: "${parsed.bad}" is not a number`);
    return parsed.values;
  };

  const vocab = read('v', fallback.vocab, (raw) => {
    if (!Object.hasOwn(presets, raw))
      throw new RangeError(`v must be one of ${Object.keys(presets).join(', ')}`);
    return raw;
  });
  const preset = vocab === fallback.vocab ? fallback : (presets[vocab] as VocabPreset);
  const size = preset.logits.length;
  const logits = read('l', [...preset.logits], (raw) => checkInputLogits(numbers('logits', raw), size));
  const history = read('h', [...preset.history], (raw) => checkHistory(numbers('history', raw), size));

  const settings = { ...fallback.settings };
  for (const name of Object.keys(SETTING_DOMAINS) as SettingName[]) {
    settings[name] = read(SETTING_KEYS[name], settings[name], (raw) => {
      const values = numbers(name, raw);
      if (values.length !== 1) throw new RangeError(`${name} must be one number, got ${values.length}`);
      return checkSetting(name, values[0]);
    });
  }
  return { state: { vocab, logits, history, settings }, problems };
}

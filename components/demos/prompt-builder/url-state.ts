/**
 * The prompt builder's state in the address, under `pb-` keys so other demos' parameters on the
 * page survive: `pb-task`, `pb-delim`, `pb-k` and the three toggles `pb-role`, `pb-schema`,
 * `pb-exit` (1 or 0). The edited instruction and input stay out of the link. Pure; tested in
 * tests/unit/demos/prompt-builder-url.test.ts.
 */
import { PROMPT_DELIMITERS } from '@/lib/prompting/prompt-assembly';
import { DEFAULT_SETTINGS, K_STEPS, TASKS, type Settings } from './presets';

export const KEYS = {
  task: 'pb-task',
  delimiter: 'pb-delim',
  k: 'pb-k',
  role: 'pb-role',
  schema: 'pb-schema',
  exit: 'pb-exit',
} as const;

/**
 * The query parameters of the settings (for `useWriteQuery`).
 *
 * @example encodeSettings(DEFAULT_SETTINGS)['pb-delim'] // 'none'
 */
export function encodeSettings(settings: Settings): Record<string, string> {
  return {
    [KEYS.task]: settings.task,
    [KEYS.delimiter]: settings.delimiter,
    [KEYS.k]: String(settings.k),
    [KEYS.role]: settings.role ? '1' : '0',
    [KEYS.schema]: settings.schema ? '1' : '0',
    [KEYS.exit]: settings.exit ? '1' : '0',
  };
}

/**
 * The settings a query string carries, or null when it has none of the demo's keys. Each value
 * that is missing or not one the demo offers falls back alone to the default.
 *
 * @example decodeSettings('?pb-delim=xml&pb-k=2')?.k // 2
 * @example decodeSettings('?pb-k=9')?.k // 0
 * @example decodeSettings('?sc-n=3') // null
 */
export function decodeSettings(search: string): Settings | null {
  const query = new URLSearchParams(search);
  if (!Object.values(KEYS).some((key) => query.has(key))) return null;
  const pick = <T extends string>(key: string, allowed: readonly T[], fallback: T): T =>
    allowed.find((v) => v === query.get(key)) ?? fallback;
  const flag = (key: string, fallback: boolean) => {
    const v = query.get(key);
    return v === '1' ? true : v === '0' ? false : fallback;
  };
  const k = K_STEPS.find((n) => String(n) === query.get(KEYS.k));
  return {
    task: pick(KEYS.task, TASKS, DEFAULT_SETTINGS.task),
    delimiter: pick(KEYS.delimiter, PROMPT_DELIMITERS, DEFAULT_SETTINGS.delimiter),
    k: k ?? DEFAULT_SETTINGS.k,
    role: flag(KEYS.role, DEFAULT_SETTINGS.role),
    schema: flag(KEYS.schema, DEFAULT_SETTINGS.schema),
    exit: flag(KEYS.exit, DEFAULT_SETTINGS.exit),
  };
}

/**
 * The injection sandbox's state in the address, under `inj-` keys so other demos' parameters on
 * the page survive: `?inj-doc=fakeDelimiter&inj-def=delimit&inj-task=summarise`. A document edited
 * by hand is not written (`inj-doc` is removed): only presets travel in a link. Pure; tested in
 * tests/unit/demos/injection-sandbox-url.test.ts.
 */
import { INJECTION_DEFENCES } from '@/lib/prompting/injection';
import type { Locale } from '@/lib/i18n';
import { DOC_KEYS, DOCUMENTS, loadedDoc, TASK_KEYS, type SandboxDraft } from './presets';

export const KEY = { doc: 'inj-doc', defence: 'inj-def', task: 'inj-task' } as const;

/**
 * The query parameters of a draft (for `useWriteQuery`; null removes a key).
 *
 * @example encodeState('en', { task: 'summarise', defence: 'delimit', document: DOCUMENTS.en.clean }) // { 'inj-doc': 'clean', 'inj-def': 'delimit', 'inj-task': 'summarise' }
 */
export function encodeState(locale: Locale, draft: SandboxDraft): Record<string, string | null> {
  return {
    [KEY.doc]: loadedDoc(locale, draft.document),
    [KEY.defence]: draft.defence,
    [KEY.task]: draft.task,
  };
}

/**
 * The draft a query string carries, unknown or missing values taken from `fallback`; null when
 * the query has none of the demo's keys.
 *
 * @example decodeState('?inj-def=datamark', 'en', fallback)?.defence // 'datamark'
 * @example decodeState('?x=1', 'en', fallback) // null
 */
export function decodeState(search: string, locale: Locale, fallback: SandboxDraft): SandboxDraft | null {
  const query = new URLSearchParams(search);
  if (!Object.values(KEY).some((key) => query.has(key))) return null;
  const doc = DOC_KEYS.find((key) => key === query.get(KEY.doc));
  return {
    task: TASK_KEYS.find((key) => key === query.get(KEY.task)) ?? fallback.task,
    defence: INJECTION_DEFENCES.find((d) => d === query.get(KEY.defence)) ?? fallback.defence,
    document: doc === undefined ? fallback.document : DOCUMENTS[locale][doc],
  };
}

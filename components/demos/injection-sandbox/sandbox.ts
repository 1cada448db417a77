/**
 * One run of the sandbox: assemble the prompt with lib, let the toy follower read it, and turn bad
 * input into a kind the demo can put into words. Pure; tested in
 * tests/unit/demos/injection-sandbox-presets.test.ts.
 */
import {
  assembleGuardedPrompt,
  INJECTION_LIMITS,
  toyFollow,
  toyRulesFor,
  type InjectionDefence,
  type ToyResult,
} from '@/lib/prompting/injection';
import type { Locale } from '@/lib/i18n';

export type SandboxError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'tooLong'; readonly length: number }
  | { readonly kind: 'loneSurrogate' }
  | { readonly kind: 'lib'; readonly message: string };

export type SandboxRun =
  | { readonly ok: true; readonly prompt: string; readonly result: ToyResult }
  | { readonly ok: false; readonly error: SandboxError };

/** Whether text has a lone UTF-16 surrogate (encodeURIComponent refuses exactly those). */
function wellFormed(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs the sandbox, or says why the document cannot be read: empty, longer than
 * INJECTION_LIMITS.maxDocumentChars code points, holding a lone surrogate, or (should lib reject
 * something else) lib's own message.
 *
 * @example runSandbox({ system: 'Summarise.', document: '', defence: 'naive', lang: 'en', tag: 'data-00000000' }) // { ok: false, error: { kind: 'empty' } }
 */
export function runSandbox(input: {
  system: string;
  document: string;
  defence: InjectionDefence;
  lang: Locale;
  tag: string;
}): SandboxRun {
  const { system, document, defence, lang, tag } = input;
  if (document.trim() === '') return { ok: false, error: { kind: 'empty' } };
  const length = Array.from(document).length;
  if (length > INJECTION_LIMITS.maxDocumentChars) return { ok: false, error: { kind: 'tooLong', length } };
  if (!wellFormed(document)) return { ok: false, error: { kind: 'loneSurrogate' } };
  try {
    const prompt = assembleGuardedPrompt(system, document, defence, { lang, tag });
    return { ok: true, prompt, result: toyFollow(prompt, toyRulesFor(defence)) };
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) {
      return { ok: false, error: { kind: 'lib', message: e.message } };
    }
    throw e;
  }
}

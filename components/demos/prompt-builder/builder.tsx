'use client';

import { useId, useMemo, useState } from 'react';
import { groupDigits } from '@/components/demos/shared/number-field';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import type { Locale } from '@/lib/i18n';
import {
  assemblePrompt,
  countPromptTokens,
  PromptAssemblyError,
  type AssembledPrompt,
} from '@/lib/prompting/prompt-assembly';
import { CompareTable } from './compare-table';
import { Controls } from './controls';
import { PRESETS, promptParts, schemaFor, type Settings, type TaskKey } from './presets';
import { PromptView } from './prompt-view';
import { TEXT, type PromptBuilderText } from './text';
import { encodeSettings } from './url-state';
import { tokenReadout, useLazy } from './use-lazy';
import { Validator } from './validator';

// The tokenizer lab's loader: o200k_base's merge ranks are a chunk of their own, fetched on demand.
const loadTokenizer = () =>
  import('@/components/demos/tokenizer-lab/gpt-load').then((m) => m.loadEncoding('o200k_base'));

const LOCALES: readonly Locale[] = ['zh', 'en'];
const AREA =
  'mt-1 w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm aria-invalid:border-red-600';

type Attempt = { ok: true; prompt: AssembledPrompt } | { ok: false; error: unknown };

function errorText(t: PromptBuilderText, error: unknown): string {
  if (!(error instanceof PromptAssemblyError))
    return t.errors.other(error instanceof Error ? error.message : String(error));
  const field = t.fields(error.field);
  switch (error.reason) {
    case 'empty':
      return t.errors.empty(field);
    case 'lone-surrogate':
      return t.errors.loneSurrogate(field, error.value ?? 0);
    case 'too-long':
      return t.errors.tooLong(groupDigits(error.value ?? 0), groupDigits(error.limit ?? 0), field);
    default:
      return t.errors.other(error.message);
  }
}

/**
 * The prompt builder: settings (task, delimiter, k, role, schema, exit) and the reader's own
 * instruction and input go through lib's assemblePrompt; the exact text is shown part by part
 * with its character count, and — once the reader asks or first changes something — its o200k_base
 * token count, next to the same preset assembled in Chinese and in English. Bad input keeps the
 * last valid prompt on screen. Below, the validator checks a pasted output against the schema.
 */
export function Builder({ initial }: { initial: Settings }) {
  const locale = useLocale();
  const t = TEXT[locale];
  const ids = {
    instruction: useId(),
    input: useId(),
    error: useId(),
    prompt: useId(),
    promptLabel: useId(),
  };
  const [settings, setSettings] = useState<Settings>(initial);
  const [instruction, setInstruction] = useState(() => PRESETS[locale][initial.task].instruction);
  const [input, setInput] = useState(() => PRESETS[locale][initial.task].input);
  const [changed, setChanged] = useState(false);
  const [copy, setCopy] = useState<'ok' | 'failed' | null>(null);
  const tokenizer = useLazy(loadTokenizer);
  const preset = PRESETS[locale][settings.task];

  const attempt = useMemo((): Attempt => {
    try {
      return { ok: true, prompt: assemblePrompt(promptParts(locale, settings, { instruction, input })) };
    } catch (error) {
      return { ok: false, error };
    }
  }, [locale, settings, instruction, input]);
  // On bad input the last valid prompt stays on screen (every preset is valid, so there is one).
  const [good, setGood] = useState<AssembledPrompt>(() =>
    attempt.ok ? attempt.prompt : assemblePrompt(promptParts(locale, initial)),
  );
  if (attempt.ok && attempt.prompt !== good) setGood(attempt.prompt);
  const shown = attempt.ok ? attempt.prompt : good;

  // The same settings in both languages, with the presets' own text.
  const twins = useMemo(
    () => LOCALES.map((l) => ({ locale: l, prompt: assemblePrompt(promptParts(l, settings)) })),
    [settings],
  );
  const encoder = tokenizer.value;
  const counts = useMemo(() => {
    if (!encoder) return null;
    return {
      shown: countPromptTokens(shown.text, encoder.encode),
      twins: twins.map((x) => countPromptTokens(x.prompt.text, encoder.encode)),
    };
  }, [encoder, shown.text, twins]);

  useWriteQuery(encodeSettings(settings), changed);

  const touch = () => {
    setChanged(true);
    setCopy(null);
    tokenizer.load();
  };
  const update = (patch: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    touch();
  };
  const pickTask = (task: TaskKey) => {
    update({ task });
    setInstruction(PRESETS[locale][task].instruction);
    setInput(PRESETS[locale][task].input);
  };
  const copyPrompt = () => {
    // navigator.clipboard is missing outside secure contexts
    const clipboard = (navigator as Partial<Navigator>).clipboard;
    if (!clipboard) {
      setCopy('failed');
      return;
    }
    clipboard.writeText(shown.text).then(
      () => setCopy('ok'),
      () => setCopy('failed'),
    );
  };
  const edited = instruction !== preset.instruction || input !== preset.input;
  const error = attempt.ok ? null : `${errorText(t, attempt.error)} ${t.kept}`;
  const badField = attempt.ok || !(attempt.error instanceof PromptAssemblyError) ? null : attempt.error.field;
  const chars = groupDigits(shown.characters);
  const readout = tokenReadout(t, tokenizer.status, chars, counts ? groupDigits(counts.shown.tokens) : null);

  return (
    <DemoFrame id="prompt-builder" title={t.title} hint={t.hint}>
      <Controls t={t} settings={settings} onChange={update} onTask={pickTask} />

      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={ids.instruction} className="block text-sm font-medium">
            {t.instruction}
          </label>
          <textarea
            id={ids.instruction}
            value={instruction}
            rows={3}
            onChange={(e) => {
              setInstruction(e.target.value);
              touch();
            }}
            aria-invalid={badField === 'instruction'}
            aria-describedby={ids.error}
            className={AREA}
          />
        </div>
        <div>
          <label htmlFor={ids.input} className="block text-sm font-medium">
            {t.input}
          </label>
          <textarea
            id={ids.input}
            value={input}
            rows={3}
            onChange={(e) => {
              setInput(e.target.value);
              touch();
            }}
            aria-invalid={badField === 'input'}
            aria-describedby={ids.error}
            className={AREA}
          />
        </div>
      </div>
      {edited && (
        <button
          type="button"
          onClick={() => {
            setInstruction(preset.instruction);
            setInput(preset.input);
            touch();
          }}
          className="mt-1 min-h-8 rounded-md border border-line px-2.5 py-1 text-sm hover:bg-surface-2"
        >
          {t.reset}
        </button>
      )}
      <InputError id={ids.error} message={error} />
      {shown.warnings.length > 0 && (
        <ul data-warnings="" className="space-y-1 text-sm text-pitfall">
          {shown.warnings.map((w, i) => (
            <li key={i} className="flex gap-1.5">
              <span aria-hidden="true">⚠</span>
              <span>
                {t.delimiterInData(
                  w.marker,
                  w.part === 'input' ? t.dataParts.input : t.dataParts.demonstration((w.index ?? 0) + 1),
                )}
              </span>
            </li>
          ))}
        </ul>
      )}

      <div className="mt-2 flex flex-wrap items-center gap-2">
        <output
          data-readout
          data-characters={shown.characters}
          data-tokens={counts ? counts.shown.tokens : undefined}
          aria-live="polite"
          className="block grow rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
        >
          {readout}
        </output>
        {(tokenizer.status === 'idle' || tokenizer.status === 'failed') && (
          <button
            type="button"
            data-count-tokens=""
            onClick={tokenizer.load}
            className="min-h-8 rounded-md border border-line px-2.5 py-1 text-sm hover:bg-surface-2"
          >
            {tokenizer.status === 'failed' ? t.retry : t.countTokens}
          </button>
        )}
      </div>
      <p className="mt-1 text-xs text-muted">{t.countNote}</p>

      <p id={ids.promptLabel} className="mt-3 text-sm font-medium">
        {t.promptLabel}
      </p>
      <PromptView
        text={shown.text}
        sections={shown.sections}
        t={t}
        id={ids.prompt}
        labelledBy={ids.promptLabel}
      />
      <div className="mt-1 flex flex-wrap items-center gap-3 text-xs text-muted">
        <span>{t.legend}</span>
        <button
          type="button"
          onClick={copyPrompt}
          className="min-h-8 rounded-md border border-line px-2.5 py-1 text-sm text-fg hover:bg-surface-2"
        >
          {t.copy}
        </button>
        <span role="status">{copy === 'ok' ? t.copied : copy === 'failed' ? t.copyFailed : ''}</span>
      </div>

      <CompareTable t={t} twins={twins} counts={counts?.twins ?? null} />

      <Validator
        t={t}
        preset={preset}
        schemaName={schemaFor(settings)}
        taskName={t.tasks[settings.task]}
        schemaOn={settings.schema}
      />
    </DemoFrame>
  );
}

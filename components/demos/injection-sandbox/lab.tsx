'use client';

import { useId, useMemo, useState } from 'react';
import { groupDigits } from '@/components/demos/shared/number-field';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import {
  INJECTION_DEFENCES,
  INJECTION_LIMITS,
  randomTagName,
  toyRulesFor,
  TOY_RULE_IDS,
  type InjectionDefence,
} from '@/lib/prompting/injection';
import { readoutText } from './explain';
import {
  DEFAULT_TAG_BYTES,
  DOC_KEYS,
  DOCUMENTS,
  loadedDoc,
  TASK_KEYS,
  TASKS,
  type SandboxDraft,
  type TaskKey,
} from './presets';
import { RulesPanel } from './rules-panel';
import { runSandbox, type SandboxError, type SandboxRun } from './sandbox';
import { TEXT, type SandboxText } from './text';
import { TraceView } from './trace-view';
import { encodeState } from './url-state';

const SELECT = 'h-8 rounded-md border border-line bg-surface px-2 text-sm';
const MAX = groupDigits(INJECTION_LIMITS.maxDocumentChars);

function errorText(t: SandboxText, e: SandboxError): string {
  switch (e.kind) {
    case 'empty':
      return t.empty;
    case 'tooLong':
      return t.tooLong(groupDigits(e.length), MAX);
    case 'loneSurrogate':
      return t.loneSurrogate;
    case 'lib':
      return t.libError(e.message);
  }
}

/**
 * The injection sandbox: the developer's instruction, an untrusted document and a defence are
 * assembled into one prompt by lib (`assembleGuardedPrompt`), and lib's rule-based toy follower
 * (`toyFollow`) reads it; the demo shows the prompt, the follower's output as the readout, the
 * rule that fired and how each sentence was read. Bad input keeps the last valid result on screen;
 * once the learner changes something the address carries the preset, defence and task.
 */
export function InjectionLab({ initial }: { initial: SandboxDraft }) {
  const locale = useLocale();
  const t = TEXT[locale];
  const ids = { task: useId(), defence: useId(), doc: useId(), error: useId(), prompt: useId() };
  const [draft, setDraft] = useState<SandboxDraft>(initial);
  const [changed, setChanged] = useState(false);
  const [tagBytes, setTagBytes] = useState<readonly number[]>(DEFAULT_TAG_BYTES);
  const tag = useMemo(() => randomTagName(tagBytes), [tagBytes]);

  const run = useMemo(
    () =>
      runSandbox({
        system: TASKS[locale][draft.task],
        document: draft.document,
        defence: draft.defence,
        lang: locale,
        tag,
      }),
    [locale, draft, tag],
  );
  // On bad input the last valid run stays on screen (the default's if the first input is bad).
  const [good, setGood] = useState<Extract<SandboxRun, { ok: true }>>(() => {
    if (run.ok) return run;
    const fallback = runSandbox({
      system: TASKS[locale].summarise,
      document: DOCUMENTS[locale].injected,
      defence: 'naive',
      lang: locale,
      tag,
    });
    if (!fallback.ok) throw new Error('the injection sandbox default is invalid');
    return fallback;
  });
  if (run.ok && run !== good) setGood(run);
  const shown = run.ok ? run : good;
  const loaded = loadedDoc(locale, draft.document);
  const length = useMemo(() => Array.from(draft.document).length, [draft.document]);
  const tools = toyRulesFor(draft.defence).tools;
  useWriteQuery(encodeState(locale, draft), changed);

  const edit = (patch: Partial<SandboxDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setChanged(true);
  };
  const newTag = () => setTagBytes(Array.from(crypto.getRandomValues(new Uint8Array(4))));

  return (
    <DemoFrame id="injection-sandbox" title={t.title} hint={t.hint(TOY_RULE_IDS.length)}>
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <div className="flex flex-col gap-0.5 text-sm">
          <label htmlFor={ids.task} className="font-medium">
            {t.task}
          </label>
          <select
            id={ids.task}
            name="inj-task"
            value={draft.task}
            onChange={(e) => edit({ task: e.target.value as TaskKey })}
            className={SELECT}
          >
            {TASK_KEYS.map((key) => (
              <option key={key} value={key}>
                {t.taskNames[key]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-0.5 text-sm">
          <label htmlFor={ids.defence} className="font-medium">
            {t.defence}
          </label>
          <select
            id={ids.defence}
            name="inj-defence"
            value={draft.defence}
            onChange={(e) => edit({ defence: e.target.value as InjectionDefence })}
            className={SELECT}
          >
            {INJECTION_DEFENCES.map((d) => (
              <option key={d} value={d}>
                {t.defences[d]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="mt-2 text-sm text-muted" data-defence-note>
        {t.defenceNotes[draft.defence]} {t.tools(tools.join(', '))}
      </p>
      {draft.defence === 'random-tag' && (
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <span>
            {t.tag} <code data-tag className="font-mono">{`<${tag}>`}</code>
          </span>
          <button
            type="button"
            onClick={newTag}
            className="min-h-7 rounded-md border border-line px-2.5 py-1 hover:bg-surface-2"
          >
            {t.newTag}
          </button>
          <span className="basis-full text-xs text-muted">{t.tagNote(tag)}</span>
        </div>
      )}

      <PresetButtons
        label={t.presets}
        keys={DOC_KEYS}
        names={t.presetNames}
        onPick={(key) => edit({ document: DOCUMENTS[locale][key] })}
      />
      <div className="mt-2 flex flex-col gap-0.5 text-sm">
        <label htmlFor={ids.doc} className="font-medium">
          {t.document}
          {loaded && <span className="font-normal text-muted"> · {t.presetNames[loaded]}</span>}
        </label>
        <textarea
          id={ids.doc}
          value={draft.document}
          rows={5}
          spellCheck={false}
          aria-invalid={!run.ok}
          aria-describedby={`${ids.error} ${ids.doc}-length`}
          onChange={(e) => edit({ document: e.target.value })}
          className="rounded-md border border-line bg-surface px-2 py-1 font-mono text-sm aria-invalid:border-red-600"
        />
        <span id={`${ids.doc}-length`} className="text-xs text-muted tabular-nums">
          {t.length(groupDigits(length), MAX)}
        </span>
      </div>
      <InputError id={ids.error} message={run.ok ? null : `${errorText(t, run.error)} ${t.kept}`} />

      <p id={ids.prompt} className="mt-2 text-sm font-medium">
        {t.prompt}
      </p>
      <pre
        data-prompt
        role="region"
        aria-labelledby={ids.prompt}
        tabIndex={0}
        className="mt-1 max-h-64 overflow-auto rounded-md border border-line bg-surface-2 px-2 py-1.5 font-mono text-xs whitespace-pre-wrap"
      >
        {shown.prompt.split('\n').map((line, i) => (
          <span key={i} className="flex">
            {/* line numbers are what the trace cites; not part of the prompt's text */}
            <span aria-hidden="true" className="mr-2 w-5 shrink-0 text-right text-muted select-none">
              {i + 1}
            </span>
            <span className="min-w-0 wrap-anywhere">{line === '' ? '\n' : line}</span>
          </span>
        ))}
      </pre>

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm wrap-anywhere"
      >
        {readoutText(t, shown.result)}
      </output>
      <TraceView result={shown.result} t={t} />
      <RulesPanel t={t} />
      <p className="mt-3 text-xs text-muted" data-caveat>
        {t.caveat}
      </p>
    </DemoFrame>
  );
}

'use client';

import { useId, useMemo, useState } from 'react';
import { groupDigits } from '@/components/demos/shared/number-field';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { checkChatMessages, lossMaskStats, segmentChat, type ChatIssue } from '@/lib/alignment/chat-checks';
import {
  CHAT_TEMPLATE_NAMES,
  renderChat,
  type ChatMessage,
  type ChatTemplateName,
} from '@/lib/alignment/render-chat';
import { formatFixed } from '@/lib/format';
import { PRESET_KEYS, PRESETS, toMessages, toTurns, type PresetKey, type Turn } from './conversation';
import { Legend, RenderedView } from './rendered-view';
import { TEXT, type ChatTemplateText } from './text';
import { TurnEditor } from './turn-editor';
import { queryParams, type LinkedState } from './url-state';

function issueText(t: ChatTemplateText, issue: ChatIssue, messages: readonly ChatMessage[]): string {
  const index = issue.index ?? 0;
  return t.issues[issue.code]({
    n: index + 1,
    role: issue.role ?? messages[index]?.role ?? '',
    token: issue.token ?? '',
    field: issue.field ?? 'content',
  });
}

interface Shown {
  readonly messages: readonly ChatMessage[];
  readonly template: ChatTemplateName;
}

/**
 * The chat-template lab: a conversation the reader edits, rendered by lib's renderChat into the
 * exact ChatML or Llama 3 string, split by segmentChat into special tokens, template text and
 * content with the loss each carries (assistant-only mask, or none), and counted by
 * lossMaskStats. checkChatMessages validates every edit: errors keep the last valid string on
 * screen, warnings (pasted special tokens, unusual roles …) sit under it. Once the reader changes
 * something the address carries the state (url-state.ts).
 */
export function ChatTemplateLab({
  template: initialTemplate,
  linked,
}: {
  template: ChatTemplateName;
  linked: LinkedState | null;
}) {
  const locale = useLocale();
  const t = TEXT[locale];
  const ids = { template: useId(), error: useId(), view: useId(), viewLabel: useId(), legend: useId() };
  const [template, setTemplate] = useState<ChatTemplateName>(linked?.template ?? initialTemplate);
  const [generation, setGeneration] = useState(linked?.addGenerationPrompt ?? false);
  const [mask, setMask] = useState(linked?.mask ?? true);
  const [turns, setTurns] = useState<Turn[]>(() => toTurns(linked?.messages ?? PRESETS[locale].multi));
  const [changed, setChanged] = useState(false);

  const messages = useMemo(() => toMessages(turns), [turns]);
  const check = useMemo(() => checkChatMessages(messages, template), [messages, template]);
  const ok = check.errors.length === 0;
  // On an error the last valid conversation stays on screen (the default one if a link starts bad).
  const [good, setGood] = useState<Shown>(() =>
    ok ? { messages, template } : { messages: PRESETS[locale].multi, template: initialTemplate },
  );
  if (ok && (good.messages !== messages || good.template !== template)) setGood({ messages, template });
  const shown: Shown = ok ? { messages, template } : good;

  const view = useMemo(() => {
    const options = { addGenerationPrompt: generation };
    const segments = segmentChat(shown.messages, shown.template, {
      ...options,
      lossOn: mask ? 'assistant' : 'all',
    });
    const text = renderChat(shown.messages, shown.template, options).text;
    return { segments, text, stats: lossMaskStats(segments) };
  }, [shown.messages, shown.template, generation, mask]);
  const { stats } = view;

  const link = useMemo(
    () => queryParams({ template, addGenerationPrompt: generation, mask, messages }, locale),
    [template, generation, mask, messages, locale],
  );
  useWriteQuery(link.params, changed && ok);

  const edit = (next: Turn[]) => {
    setTurns(next);
    setChanged(true);
  };
  const pick = (key: PresetKey) => edit(toTurns(PRESETS[locale][key]));

  // Turns whose role or content lib rejects, to mark their fields invalid.
  const invalid = useMemo(() => {
    const role = new Set<number>();
    const content = new Set<number>();
    for (const { code, index, field } of check.errors) {
      const id = index === undefined ? undefined : turns[index]?.id;
      if (id === undefined) continue;
      if (code === 'lone-surrogate' && field === 'content') content.add(id);
      else role.add(id);
    }
    return { role, content };
  }, [check.errors, turns]);

  const errorText = ok
    ? null
    : `${check.errors.map((e) => issueText(t, e, messages)).join(' ')} ${t.kept(t.templates[good.template])}`;
  const readout = t.readout(
    groupDigits(stats.lossChars),
    groupDigits(stats.totalChars),
    formatFixed(stats.lossFraction * 100, 1),
    stats.runs,
    stats.lossSpecialTokens,
    stats.specialTokens,
  );

  return (
    <DemoFrame id="chat-template" title={t.title} hint={t.hint}>
      <div className="flex flex-wrap items-end gap-x-5 gap-y-2 text-sm">
        <div className="flex flex-col gap-0.5">
          <label htmlFor={ids.template} className="font-medium">
            {t.template}
          </label>
          <select
            id={ids.template}
            value={template}
            onChange={(e) => {
              setTemplate(e.target.value as ChatTemplateName);
              setChanged(true);
            }}
            className="h-8 rounded-md border border-line bg-surface px-2 text-sm"
          >
            {CHAT_TEMPLATE_NAMES.map((name) => (
              <option key={name} value={name}>
                {t.templates[name]}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 py-1">
          <input
            type="checkbox"
            checked={mask}
            onChange={(e) => {
              setMask(e.target.checked);
              setChanged(true);
            }}
            className="h-4 w-4"
          />
          {t.mask}
        </label>
        <label className="flex items-center gap-2 py-1">
          <input
            type="checkbox"
            checked={generation}
            onChange={(e) => {
              setGeneration(e.target.checked);
              setChanged(true);
            }}
            className="h-4 w-4"
          />
          {t.generation}
        </label>
      </div>
      <p className="mt-1 text-xs text-muted">{t.templateNotes[template]}</p>

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {readout}
      </output>

      <Legend t={t} id={ids.legend} />
      <p id={ids.viewLabel} className="sr-only">
        {t.stringLabel}
      </p>
      <RenderedView
        segments={view.segments}
        t={t}
        id={ids.view}
        labelledBy={ids.viewLabel}
        describedBy={ids.legend}
      />
      <InputError id={ids.error} message={errorText} />
      {check.warnings.length > 0 && (
        <ul data-warnings="" className="space-y-1 text-sm text-pitfall">
          {check.warnings.map((w, i) => (
            <li key={i} className="flex gap-1.5">
              <span aria-hidden="true">⚠</span>
              <span>{issueText(t, w, messages)}</span>
            </li>
          ))}
        </ul>
      )}
      {!mask && (
        <p data-mask-off="" className="mt-2 rounded-md bg-pitfall-soft px-3 py-2 text-sm">
          {t.maskOff(groupDigits(stats.completionChars), groupDigits(stats.lossChars))}
        </p>
      )}
      {generation && <p className="mt-2 text-sm text-muted">{t.generationNote}</p>}
      <p className="mt-2 text-xs text-muted">{t.charsNotTokens}</p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">{t.exact}</summary>
        <pre
          data-exact=""
          className="mt-1 overflow-x-auto rounded-md bg-surface-2 p-2 font-mono text-xs break-all whitespace-pre-wrap"
        >
          {JSON.stringify(view.text)}
        </pre>
      </details>

      <TurnEditor turns={turns} onChange={edit} invalid={invalid} describedBy={ids.error} t={t} />
      <PresetButtons label={t.presets} keys={PRESET_KEYS} names={t.presetNames} onPick={pick} />
      {!link.fits && <p className="mt-2 text-xs text-muted">{t.linkTooLong}</p>}
    </DemoFrame>
  );
}

'use client';

import { useId, useMemo, useState } from 'react';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { groupDigits } from '@/components/demos/shared/number-field';
import type { OutputIssue, OutputSchemaName } from '@/lib/prompting/json-output';
import { errorLine, issueMessage, syntaxMessage, type SyntaxFinding } from './messages';
import { EXAMPLE_KEYS, type ExampleKey, type TaskPreset } from './presets';
import type { PromptBuilderText } from './text';
import { useLazy } from './use-lazy';

// zod and the JSON checker form a chunk of their own, fetched when the reader first uses the validator.
const loadValidator = () => import('@/lib/prompting/json-output');

type Finding =
  | { kind: 'empty' }
  | { kind: 'ok'; fenced: boolean }
  | { kind: 'syntax'; error: SyntaxFinding }
  | { kind: 'too-long'; limit: number }
  | { kind: 'issues'; issues: OutputIssue[] }
  | { kind: 'other'; message: string };

/**
 * The validator: a textarea for a model's output, parsed by lib's parseJsonOutput (syntax errors
 * with line and column, an optional ```json fence) and checked by validateJsonOutput against the
 * schema the prompt asks for, every issue listed with its path. Its module loads on first use.
 */
export function Validator({
  t,
  preset,
  schemaName,
  taskName,
  schemaOn,
}: {
  t: PromptBuilderText;
  preset: TaskPreset;
  schemaName: OutputSchemaName;
  taskName: string;
  schemaOn: boolean;
}) {
  const ids = { output: useId(), status: useId(), heading: useId() };
  const lib = useLazy(loadValidator);
  const [output, setOutput] = useState('');
  const json = lib.value;

  const finding = useMemo((): Finding | null => {
    if (output.trim() === '') return { kind: 'empty' };
    if (!json) return null;
    try {
      const value = json.parseJsonOutput(output);
      const result = json.validateJsonOutput(value, schemaName);
      return result.ok
        ? { kind: 'ok', fenced: json.jsonOutputBody(output).fenced }
        : { kind: 'issues', issues: result.issues };
    } catch (e) {
      if (e instanceof json.JsonOutputSyntaxError) return { kind: 'syntax', error: e };
      if (e instanceof json.JsonOutputTooLongError) return { kind: 'too-long', limit: e.limit };
      return { kind: 'other', message: e instanceof Error ? e.message : String(e) };
    }
  }, [json, output, schemaName]);

  let status: string;
  if (finding === null) status = lib.status === 'failed' ? t.validation.failed : t.validation.loading;
  else if (finding.kind === 'empty') status = t.validation.empty;
  else if (finding.kind === 'ok') status = t.validation.ok(finding.fenced);
  else if (finding.kind === 'syntax') status = syntaxMessage(t, finding.error);
  else if (finding.kind === 'too-long') status = t.validation.tooLong(groupDigits(finding.limit));
  else if (finding.kind === 'issues') status = t.validation.issues(finding.issues.length);
  else status = finding.message;
  const state = finding?.kind ?? (lib.status === 'failed' ? 'failed' : 'loading');
  const bad = state === 'syntax' || state === 'too-long' || state === 'issues' || state === 'other';
  const where =
    finding?.kind === 'syntax' ? errorLine(output, finding.error.line, finding.error.column) : null;

  const pick = (key: ExampleKey) => {
    lib.load();
    setOutput(preset.examples[key]);
  };

  return (
    <section aria-labelledby={ids.heading} className="mt-6 border-t border-line pt-4">
      <h3 id={ids.heading} className="text-sm font-semibold">
        {t.validator}
      </h3>
      <p className="mt-1 text-sm text-muted">{t.checkedAgainst(taskName, schemaName.endsWith('-or-exit'))}</p>
      {!schemaOn && <p className="mt-1 text-sm text-pitfall">{t.schemaOff}</p>}
      <PresetButtons
        label={t.examples}
        keys={EXAMPLE_KEYS}
        names={t.exampleNames}
        onPick={pick}
        className="mt-2"
      />
      <label htmlFor={ids.output} className="mt-3 block text-sm font-medium">
        {t.output}
      </label>
      <textarea
        id={ids.output}
        data-model-output=""
        value={output}
        rows={4}
        spellCheck={false}
        onFocus={lib.load}
        onChange={(e) => {
          lib.load();
          setOutput(e.target.value);
        }}
        aria-invalid={bad}
        aria-describedby={ids.status}
        className="mt-1 w-full rounded-md border border-line bg-surface px-2 py-1.5 font-mono text-sm aria-invalid:border-red-600"
      />
      <p
        id={ids.status}
        role="status"
        data-validation={state}
        className={`mt-1 text-sm ${state === 'ok' ? 'font-medium text-green-800 dark:text-green-300' : bad ? 'font-medium text-red-700 dark:text-red-400' : 'text-muted'}`}
      >
        <span aria-hidden="true">{state === 'ok' ? '✓ ' : bad ? '✗ ' : ''}</span>
        {status}
      </p>
      {where && (
        <pre
          data-error-line=""
          className="mt-1 overflow-x-auto rounded-md bg-surface-2 px-2 py-1 font-mono text-xs whitespace-pre"
        >
          {where.before}
          <mark className="rounded-sm bg-red-200 px-px text-fg dark:bg-red-900">
            {where.at === '' ? ' ' : where.at}
          </mark>
          {where.after}
        </pre>
      )}
      {finding?.kind === 'issues' && (
        <ul data-issues="" className="mt-1 space-y-1 text-sm">
          {finding.issues.map((issue, i) => (
            <li key={i} className="flex flex-wrap gap-x-2">
              <code className="font-mono text-xs">{json?.formatJsonPath(issue.path)}</code>
              <span>{issueMessage(t, issue)}</span>
            </li>
          ))}
        </ul>
      )}
      {lib.status === 'failed' && (
        <button
          type="button"
          onClick={lib.load}
          className="mt-2 min-h-8 rounded-md border border-line px-2.5 py-1 text-sm hover:bg-surface-2"
        >
          {t.retry}
        </button>
      )}
    </section>
  );
}

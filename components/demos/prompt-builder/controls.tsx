'use client';

import { useId } from 'react';
import { RangeField } from '@/components/ui/range-field';
import { PROMPT_DELIMITERS, type PromptDelimiter } from '@/lib/prompting/prompt-assembly';
import { K_STEPS, TASKS, type Settings, type TaskKey } from './presets';
import type { PromptBuilderText } from './text';

const SELECT = 'h-8 rounded-md border border-line bg-surface px-2 text-sm';

/**
 * The builder's settings as native controls: the task (a select), the role, schema and exit
 * parts (checkboxes), the delimiter (a radio group: arrow keys move through it) and k (a range).
 */
export function Controls({
  t,
  settings,
  onChange,
  onTask,
}: {
  t: PromptBuilderText;
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  onTask: (task: TaskKey) => void;
}) {
  const ids = { task: useId(), delimiter: useId() };
  return (
    <>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3 text-sm">
        <div className="flex flex-col gap-0.5">
          <label htmlFor={ids.task} className="font-medium">
            {t.task}
          </label>
          <select
            id={ids.task}
            value={settings.task}
            onChange={(e) => onTask(e.target.value as TaskKey)}
            className={SELECT}
          >
            {TASKS.map((task) => (
              <option key={task} value={task}>
                {t.tasks[task]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <legend className="mb-0.5 font-medium">{t.parts}</legend>
          {(['role', 'schema', 'exit'] as const).map((part) => (
            <label key={part} className="flex min-h-6 cursor-pointer items-center gap-2">
              <input
                type="checkbox"
                checked={settings[part]}
                onChange={(e) => onChange({ [part]: e.target.checked })}
                className="size-4 accent-accent"
              />
              {t[part]}
            </label>
          ))}
        </fieldset>
      </div>

      <fieldset className="mt-3 text-sm">
        <legend className="mb-0.5 font-medium">{t.delimiter}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {PROMPT_DELIMITERS.map((d: PromptDelimiter) => (
            <label key={d} className="flex min-h-6 cursor-pointer items-center gap-2">
              <input
                type="radio"
                name={ids.delimiter}
                value={d}
                checked={settings.delimiter === d}
                onChange={() => onChange({ delimiter: d })}
                className="size-4 accent-accent"
              />
              <span className="font-mono text-[0.8rem]">{t.delimiters[d]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="mt-3">
        <RangeField
          label={t.k}
          steps={K_STEPS}
          index={settings.k}
          onIndexChange={(k) => onChange({ k })}
          format={String}
        />
      </div>
    </>
  );
}

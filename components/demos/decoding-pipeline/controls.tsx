'use client';

import { useId } from 'react';
import { RangeField } from '@/components/ui/range-field';
import { PLAYGROUND_OFF, settingGrid } from '@/lib/decoding/playground';
import { fillTemplate as fill } from '@/lib/format/template';
import type { PlaygroundSettings, SettingName } from '@/lib/decoding/playground';
import type { Text } from './text';
import { BUTTON } from './vocab-editor';

/** One line under a control: what it is called and whether it exists in HF and OpenAI. */
const note = (text: string) => <p className="mb-2 text-xs text-muted">{text}</p>;

/** Every decoding setting: temperature first (the demo's keyboard check moves it), then the rest. */
export function Controls({
  t,
  settings,
  vocabSize,
  onChange,
  onDefaults,
  onReset,
}: {
  t: Text;
  settings: PlaygroundSettings;
  vocabSize: number;
  onChange: (name: SettingName, value: number) => void;
  onDefaults: (api: 'hf' | 'openai') => void;
  onReset: () => void;
}) {
  const id = useId();
  const slider = (name: SettingName, label: string) => {
    const grid = settingGrid(name);
    return (
      <RangeField
        label={label}
        steps={grid}
        index={Math.max(0, grid.indexOf(settings[name]))}
        onIndexChange={(i) => onChange(name, grid[i] ?? PLAYGROUND_OFF[name])}
        format={(v) => (v === PLAYGROUND_OFF[name] ? `${v} (${t.off})` : String(v))}
      />
    );
  };

  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <fieldset className="min-w-0">
        <legend className="font-semibold">{t.sampling}</legend>
        {slider('temperature', t.temperature)}
        {note(t.tNote)}
        {slider('topK', 'top-k')}
        {note(settings.topK >= vocabSize ? fill(t.kWide, [settings.topK, vocabSize]) : t.kNote)}
        {slider('topP', 'top-p')}
        {note(t.pNote)}
        {slider('minP', 'min-p')}
        {note(t.mNote)}
      </fieldset>
      <fieldset className="min-w-0">
        <legend className="font-semibold">{t.penalties}</legend>
        {slider('repetitionPenalty', t.repetition)}
        {note(t.rNote)}
        {slider('presencePenalty', t.presence)}
        {slider('frequencyPenalty', t.frequency)}
        {note(t.pfNote)}
        <label htmlFor={id} className="mr-3 text-sm font-medium">
          {t.ngram}
        </label>
        <select
          id={id}
          value={settings.noRepeatNgramSize}
          onChange={(e) => onChange('noRepeatNgramSize', Number(e.target.value))}
          className="rounded-md border border-line bg-surface px-2 py-1 text-sm"
        >
          {settingGrid('noRepeatNgramSize').map((n) => (
            <option key={n} value={n}>
              {n || `0 (${t.off})`}
            </option>
          ))}
        </select>
        {note(t.ngNote)}
      </fieldset>
      <p className="flex gap-2">
        <button type="button" className={BUTTON} onClick={() => onDefaults('hf')}>
          {t.hf}
        </button>
        <button type="button" className={BUTTON} onClick={() => onDefaults('openai')}>
          {t.openai}
        </button>
        <button type="button" className={BUTTON} onClick={onReset}>
          {t.reset}
        </button>
      </p>
    </div>
  );
}

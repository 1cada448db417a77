'use client';

import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { contrastiveDecodingStep } from '@/lib/decoding/contrastive';
import { formatFixed, parseLabelList, parseNumberList } from '@/lib/format';
import { CdTable } from './cd-table';
import { PRESETS, TEXT, type ContrastiveText, type PresetKey } from './text';

/** α values the slider visits; 0.1 (index 5) is the paper's. */
const ALPHAS = [0, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 1];
const FIELDS = ['tokens', 'expert', 'amateur'] as const;
type Field = (typeof FIELDS)[number];
type Inputs = Record<Field, string>;
type Valid = { tokens: string[]; expert: number[]; amateur: number[] };
type Parsed = { ok: true; value: Valid } | { ok: false; field: Field; error: string };

function parse(inputs: Inputs, t: ContrastiveText): Parsed {
  const tokens = parseLabelList(inputs.tokens);
  const expert = parseNumberList(inputs.expert);
  const amateur = parseNumberList(inputs.amateur);
  if (!expert.ok) return { ok: false, field: 'expert', error: t.notNumber(expert.bad) };
  if (!amateur.ok) return { ok: false, field: 'amateur', error: t.notNumber(amateur.bad) };
  const n = tokens.length;
  if (expert.values.length !== n) return { ok: false, field: 'expert', error: t.count };
  if (amateur.values.length !== n) return { ok: false, field: 'amateur', error: t.count };
  if (n < 2 || n > 10) return { ok: false, field: 'tokens', error: t.count };
  try {
    contrastiveDecodingStep(expert.values, amateur.values, 0);
    return { ok: true, value: { tokens, expert: expert.values, amateur: amateur.values } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      field: message.startsWith('pAmateur') ? 'amateur' : 'expert',
      error: t.invalid + message,
    };
  }
}

const numbers = (text: string) => {
  const list = parseNumberList(text);
  return list.ok ? list.values : [];
};
const DEFAULT: Valid = {
  tokens: parseLabelList(PRESETS.eiffel.tokens),
  expert: numbers(PRESETS.eiffel.expert),
  amateur: numbers(PRESETS.eiffel.amateur),
};

export function ContrastiveDecoding() {
  const t = TEXT[useLocale()];
  const baseId = useId();
  const [alphaIndex, setAlphaIndex] = useState(5);
  const [preset, setPreset] = useState<PresetKey | null>('eiffel');
  const [inputs, setInputs] = useState<Inputs>(PRESETS.eiffel);
  const alpha = ALPHAS[alphaIndex] ?? 0.1;

  const parsed = parse(inputs, t);
  // Only valid input reaches `shown`, so bad input keeps the last valid distributions on screen.
  const [shown, setShown] = useState(DEFAULT);
  const edit = (next: Inputs, key: PresetKey | null) => {
    const result = parse(next, t);
    if (result.ok) setShown(result.value);
    setInputs(next);
    setPreset(key);
  };
  const step = useMemo(() => contrastiveDecodingStep(shown.expert, shown.amateur, alpha), [shown, alpha]);
  const labels = { tokens: t.tokens, expert: t.expertInput, amateur: t.amateurInput };

  return (
    <DemoFrame id="contrastive-decoding" title={t.title} hint={t.hint}>
      <RangeField
        label={t.alpha}
        steps={ALPHAS}
        index={alphaIndex}
        onIndexChange={setAlphaIndex}
        format={String}
      />
      {preset && (
        <p className="mt-2 text-sm">
          <span className="text-muted">{t.prompt}: </span>
          <span className="font-mono">{PRESETS[preset].prompt} …</span>
        </p>
      )}
      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {t.readout(
          shown.tokens[step.chosen] ?? '',
          formatFixed(step.scores[step.chosen] ?? 0, 2),
          shown.tokens[step.expertGreedy] ?? '',
        )}
      </output>
      <CdTable t={t} tokens={shown.tokens} step={step} />
      <div className="mt-5 grid gap-3 sm:grid-cols-3">
        {FIELDS.map((field) => (
          <div key={field}>
            <label htmlFor={`${baseId}-${field}`} className="block text-sm font-medium">
              {labels[field]}
            </label>
            <input
              id={`${baseId}-${field}`}
              value={inputs[field]}
              inputMode={field === 'tokens' ? undefined : 'decimal'}
              onChange={(e) => edit({ ...inputs, [field]: e.target.value }, null)}
              aria-invalid={!parsed.ok && parsed.field === field}
              aria-describedby={`${baseId}-error`}
              className="mt-1 w-full rounded-md border border-line bg-surface px-2 py-1.5 font-mono text-sm aria-invalid:border-red-600"
            />
          </div>
        ))}
      </div>
      <InputError id={`${baseId}-error`} message={parsed.ok ? null : parsed.error} />
      <PresetButtons
        label={t.presets}
        keys={Object.keys(PRESETS) as PresetKey[]}
        names={t.presetNames}
        onPick={(key) => edit(PRESETS[key], key)}
        className="mt-1"
      />
    </DemoFrame>
  );
}

'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { formatScientific } from '@/lib/format';
import { READOUT } from './params-view';
import {
  DEFAULT_SCALING,
  readScaling,
  scalingCurves,
  sliderRanks,
  type ScalingDraft,
  type ScalingError,
  type ScalingField,
  type ScalingReading,
} from './scaling';
import { ScalingChart } from './scaling-chart';
import type { TabKey } from './tabs';
import type { LabText } from './text';
import { encodeScaling } from './url-state';

/** A factor as the readout prints it: 2, 5.657, 0.0625, 1.95 × 10⁻⁵. */
const factor = (v: number) => formatScientific(v, 4);

function errorText(t: LabText, e: ScalingError): string {
  return e.kind === 'field' ? t.fieldError(t.scalingFields[e.field], e.error) : t.libError(e.message);
}

function invalidFields(e: ScalingError | null): ScalingField[] {
  if (!e) return [];
  return e.field === null ? ['alpha', 'rank'] : [e.field];
}

/** The default reading (valid by construction). */
function defaultReading(): ScalingReading {
  const result = readScaling(DEFAULT_SCALING);
  if (!result.ok) throw new Error('the default scaling is invalid');
  return result.reading;
}

/**
 * LoRA's scaling factor both ways from `loraScale`: α/r and rsLoRA's α/√r for the typed α and r,
 * and both curves against r with the current r marked. Bad input shows lib's message and keeps
 * the last valid reading.
 */
export function ScalingView({
  t,
  instance,
  initial,
  active,
}: {
  t: LabText;
  instance: TabKey;
  initial: ScalingDraft;
  active: boolean;
}) {
  const errorId = useId();
  const [draft, setDraft] = useState(initial);
  const [changed, setChanged] = useState(false);
  const result = useMemo(() => readScaling(draft), [draft]);
  const [good, setGood] = useState<ScalingReading>(() => (result.ok ? result.reading : defaultReading()));
  if (result.ok && result.reading !== good) setGood(result.reading);
  const reading = result.ok ? result.reading : good;
  useWriteQuery(encodeScaling(instance, draft), changed && result.ok);

  const curves = useMemo(() => scalingCurves(reading.alpha, reading.rank), [reading]);
  const steps = useMemo(() => sliderRanks(reading.rank), [reading.rank]);
  const edit = (field: ScalingField, text: string) => {
    setDraft((d) => ({ ...d, [field]: text }));
    setChanged(true);
  };
  const invalid = invalidFields(result.ok ? null : result.error);
  const readout = t.scalingReadout(factor(reading.standard), factor(reading.rslora));

  return (
    <div>
      <div className="grid max-w-md grid-cols-2 gap-3">
        {(['alpha', 'rank'] as const).map((field) => (
          <NumberInput
            key={field}
            label={t.scalingFields[field]}
            value={draft[field]}
            invalid={invalid.includes(field)}
            describedBy={errorId}
            onChange={(text) => edit(field, text)}
          />
        ))}
      </div>
      <InputError id={errorId} message={result.ok ? null : `${errorText(t, result.error)} ${t.kept}`} />
      <RangeField
        label={t.slider}
        steps={steps}
        index={Math.max(0, steps.indexOf(reading.rank))}
        onIndexChange={(i) => edit('rank', String(steps[i] ?? reading.rank))}
        format={(r) => `r = ${r}`}
      />
      <output data-readout={active ? '' : undefined} aria-live="polite" className={`mt-2 ${READOUT}`}>
        {readout}
      </output>
      <p className="mt-2 text-sm text-muted">{t.flags}</p>
      <p className="mt-1 text-sm">{t.why}</p>
      <ScalingChart
        curves={curves}
        at={{ r: reading.rank, standard: reading.standard, rslora: reading.rslora }}
        alpha={reading.alpha}
        summary={t.chartSummary(factor(reading.alpha), readout)}
        format={factor}
        t={t}
      />
    </div>
  );
}

'use client';

import { useId, useMemo, useState } from 'react';
import { groupDigits } from '@/components/demos/shared/number-field';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { LORA_TARGETS } from '@/lib/calculators/lora';
import { formatScientific } from '@/lib/format';
import {
  DEFAULT_PARAMS,
  MODEL_KEYS,
  MODELS,
  MODULE_NAMES,
  peftPrinted,
  RANK_PRESETS,
  readParams,
  TARGET_PRESET_KEYS,
  TARGET_PRESETS,
  toggleTarget,
  type ModelKey,
  type ParamsDraft,
  type ParamsError,
  type ParamsReading,
} from './params';
import type { TabKey } from './tabs';
import type { LabText } from './text';
import { encodeParams } from './url-state';

export const SELECT = 'h-8 rounded-md border border-line bg-surface px-2 text-sm';
export const READOUT = 'mt-1 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums';
const CELL = 'py-1 pr-3 text-right font-mono tabular-nums';

function errorText(t: LabText, e: ParamsError): string {
  switch (e.kind) {
    case 'field':
      return t.fieldError(t.rank, e.error);
    case 'lib':
      return t.libError(e.message);
    case 'zeroRank':
      return t.zeroRank;
    case 'noTargets':
      return t.noTargets;
    case 'tooLarge':
      return t.tooLarge;
  }
}

/** The default reading (valid by construction; a failure is a bug in params.ts). */
function defaultReading(): ParamsReading {
  const result = readParams(DEFAULT_PARAMS);
  if (!result.ok) throw new Error(`the default LoRA setting is invalid: ${result.error.kind}`);
  return result.reading;
}

/** A share of 100 as PEFT's trainable% reads: 0.0622, 1.25, 40.3. */
const percentText = (p: number) => formatScientific(p, 3);

/**
 * Trainable LoRA parameters of a real model: layers × Σ r·(d + k) over the adapted linear layers
 * (`loraTargetShapes`, `loraTrainableParams`) against the base count (`decoderParamCount`), with
 * PEFT's "all params" and "trainable%" and a row per module. Bad input shows an inline message
 * and keeps the last valid count.
 */
export function ParamsView({
  t,
  instance,
  initial,
  active,
}: {
  t: LabText;
  instance: TabKey;
  initial: ParamsDraft;
  active: boolean;
}) {
  const ids = { model: useId(), error: useId(), targets: useId() };
  const [draft, setDraft] = useState(initial);
  const [changed, setChanged] = useState(false);
  const result = useMemo(() => readParams(draft), [draft]);
  // On bad input the last valid count stays on screen (the default's if a link starts bad).
  const [good, setGood] = useState<ParamsReading>(() => (result.ok ? result.reading : defaultReading()));
  if (result.ok && result.reading !== good) setGood(result.reading);
  const reading = result.ok ? result.reading : good;
  useWriteQuery(encodeParams(instance, draft), changed && result.ok);

  const edit = (patch: Partial<ParamsDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setChanged(true);
  };
  const model = MODELS[draft.model];
  const printed = result.ok ? peftPrinted(draft) : undefined;
  const rank = String(reading.rank);

  return (
    <div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={ids.model} className="font-medium">
          {t.model}
        </label>
        <select
          id={ids.model}
          value={draft.model}
          onChange={(e) => edit({ model: e.target.value as ModelKey })}
          className={SELECT}
        >
          {MODEL_KEYS.map((key) => (
            <option key={key} value={key}>
              {MODELS[key].name}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="mt-3">
        <legend className="text-sm font-medium">{t.targets}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {LORA_TARGETS.map((target) => (
            <label key={target} className="flex min-h-6 items-center gap-2 font-mono text-sm">
              <input
                type="checkbox"
                checked={draft.targets.includes(target)}
                onChange={(e) => edit({ targets: toggleTarget(draft.targets, target, e.target.checked) })}
                aria-describedby={ids.error}
                className="size-4 accent-accent"
              />
              {MODULE_NAMES[target]}
            </label>
          ))}
        </div>
      </fieldset>
      <PresetButtons
        label={t.targetPresets}
        keys={TARGET_PRESET_KEYS}
        names={t.targetPresetNames}
        onPick={(key) => edit({ targets: [...TARGET_PRESETS[key]] })}
        className="mt-2"
      />

      <div className="mt-3 grid max-w-xs gap-2">
        <NumberInput
          label={t.rank}
          value={draft.rank}
          invalid={!result.ok && result.error.kind !== 'noTargets'}
          describedBy={ids.error}
          onChange={(text) => edit({ rank: text })}
        />
      </div>
      <PresetButtons
        label={t.rankPresets}
        keys={RANK_PRESETS.map(String)}
        names={Object.fromEntries(RANK_PRESETS.map((r) => [String(r), `r = ${r}`]))}
        onPick={(r) => edit({ rank: r })}
        className="mt-2"
      />
      <InputError id={ids.error} message={result.ok ? null : `${errorText(t, result.error)} ${t.kept}`} />

      <output data-readout={active ? '' : undefined} aria-live="polite" className={READOUT}>
        {t.paramsReadout(
          groupDigits(reading.trainable),
          percentText(reading.percent),
          groupDigits(reading.all),
        )}
      </output>
      <p className="mt-2 text-sm">{t.fullNote(groupDigits(reading.base), model.name)}</p>
      <p className="mt-1 text-sm text-muted">{t.allNote}</p>
      {printed && (
        <p className="mt-1 text-sm" data-peft>
          ✓ {t.peftMatch(printed)}
        </p>
      )}
      {reading.overRank.length > 0 && (
        <p role="status" className="mt-2 text-sm font-medium text-pitfall" data-over-rank>
          {t.overRank(
            rank,
            reading.overRank.map((o) => `${MODULE_NAMES[o.target]} (${groupDigits(o.limit)})`).join(', '),
          )}
        </p>
      )}

      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="mb-1 text-left text-muted">{t.tableCaption(reading.layers, rank)}</caption>
          <thead>
            <tr className="border-b border-line">
              {t.columns.map((c) => (
                <th key={c} scope="col" className="py-1 pr-3 text-right font-medium first:text-left">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {reading.rows.map((row) => (
              <tr key={row.target} className="border-b border-line/60">
                <th scope="row" className="py-1 pr-3 text-left font-mono font-normal">
                  {t.targetNames[row.target]}
                </th>
                <td className={CELL}>
                  {groupDigits(row.d)} × {groupDigits(row.k)}
                </td>
                <td className={CELL}>{groupDigits(row.perLayer)}</td>
                <td className={CELL}>{groupDigits(row.total)}</td>
                <td className={CELL}>{percentText(row.percentOfModule)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

'use client';

import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { RangeField } from '@/components/ui/range-field';
import { formatFixed } from '@/lib/format';
import { cellsFrom, parseCells, resizeExperts, resizeTokens, setCell, type Cells } from './cells';
import { LoadChart } from './load-chart';
import { LogitsTable } from './logits-table';
import {
  CAPACITY_FACTORS,
  LOGIT_PRESETS,
  MAX_EXPERTS,
  MAX_TOKENS,
  MIN_EXPERTS,
  PRESET_KEYS,
  TOP_KS,
  type TopK,
} from './presets';
import { routeTokens, type RouterView } from './route';
import { TEXT, type MoeText } from './text';

type Result =
  | { ok: true; view: RouterView }
  | { ok: false; message: string; cell: { token: number; expert: number } | null };

function route(cells: Cells, topK: TopK, normalize: boolean, cf: number | null, t: MoeText): Result {
  const parsed = parseCells(cells);
  if (!parsed.ok) {
    const { token, expert, text } = parsed;
    return { ok: false, message: t.notNumber(token + 1, expert + 1, text), cell: { token, expert } };
  }
  try {
    return { ok: true, view: routeTokens(parsed.logits, topK, normalize, cf) };
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    return { ok: false, message: t.invalid(e.message), cell: null };
  }
}

const DEFAULT_CF = CAPACITY_FACTORS.indexOf(1.25);
const BUTTON =
  'min-h-7 rounded-md border border-line px-2 py-0.5 text-sm hover:bg-surface-2 disabled:opacity-50';

/**
 * A mixture-of-experts router on an editable logits table: softmax, top-k with renormalised or
 * raw gates, expert capacity with dropped assignments, and the load-balancing loss as the readout —
 * every number from lib/transformer (`routerProbabilities`, `moeRoute`, `moeCapacity`,
 * `moeAuxLoss`). Bad cells show an inline message; the last valid routing stays.
 */
export function MoeRouterDemo() {
  const t = TEXT[useLocale()];
  const ids = { k: useId(), gates: useId(), error: useId() };
  const [cells, setCells] = useState<Cells>(() => cellsFrom(LOGIT_PRESETS.mixed));
  const [topK, setTopK] = useState<TopK>(1);
  const [normalize, setNormalize] = useState(false);
  const [cfIndex, setCfIndex] = useState(DEFAULT_CF);
  const cf = CAPACITY_FACTORS[cfIndex] ?? null;

  const result = useMemo(() => route(cells, topK, normalize, cf, t), [cells, topK, normalize, cf, t]);
  // On bad input the last valid routing stays on screen (the presets are valid).
  const [good, setGood] = useState<{ result: Result; view: RouterView }>(() => ({
    result,
    view: (result as Extract<Result, { ok: true }>).view,
  }));
  if (result.ok && result !== good.result) setGood({ result, view: result.view });
  const view = result.ok ? result.view : good.view;
  const tokens = cells.length;
  const experts = cells[0]?.length ?? 0;
  const radio = 'flex min-h-6 items-center gap-2 text-sm';

  return (
    <DemoFrame id="moe-router" title={t.title} hint={t.hint}>
      <div className="grid gap-3 sm:grid-cols-2">
        <fieldset>
          <legend className="text-sm font-medium">{t.topK}</legend>
          <div className="mt-1 flex gap-4">
            {TOP_KS.map((k) => (
              <label key={k} className={radio}>
                <input
                  type="radio"
                  name={ids.k}
                  value={k}
                  checked={topK === k}
                  onChange={() => setTopK(k)}
                  className="size-4 accent-accent"
                />
                k = {k}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium">{t.gates}</legend>
          <div className="mt-1 grid gap-1">
            {([false, true] as const).map((renorm) => (
              <label key={String(renorm)} className={radio}>
                <input
                  type="radio"
                  name={ids.gates}
                  value={renorm ? 'renormalise' : 'raw'}
                  checked={normalize === renorm}
                  onChange={() => setNormalize(renorm)}
                  className="size-4 accent-accent"
                />
                {renorm ? t.renorm : t.raw}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <p className="mt-1 text-xs text-muted">{t.gatesNote}</p>

      <div className="mt-3">
        <RangeField
          label={t.capacity}
          steps={CAPACITY_FACTORS}
          index={cfIndex}
          onIndexChange={setCfIndex}
          format={(v) => (v === null ? t.noCapacity : String(v))}
        />
        <p className="mt-1 text-sm">
          {t.capacityLine(
            view.capacity,
            String(view.capacityFactor),
            view.probs.length,
            view.topK,
            view.requested.length,
          )}
        </p>
      </div>

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {t.readout(formatFixed(view.auxLoss, 4), formatFixed(view.balance, 3))}
      </output>
      <p className="mt-1 text-xs text-muted">{t.lossNote}</p>

      <PresetButtons
        label={t.presets}
        keys={PRESET_KEYS}
        names={t.presetNames}
        onPick={(key) => setCells(cellsFrom(LOGIT_PRESETS[key]))}
      />
      <div className="mt-3">
        <LogitsTable
          cells={cells}
          view={view}
          invalid={result.ok ? null : result.cell}
          errorId={ids.error}
          onCell={(token, expert, text) => setCells((c) => setCell(c, token, expert, text))}
          t={t}
        />
        <InputError id={ids.error} message={result.ok ? null : `${result.message} ${t.kept}`} />
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            className={BUTTON}
            disabled={tokens >= MAX_TOKENS}
            onClick={() => setCells((c) => resizeTokens(c, 1))}
          >
            {t.addToken}
          </button>
          <button
            type="button"
            className={BUTTON}
            disabled={tokens <= 1}
            onClick={() => setCells((c) => resizeTokens(c, -1))}
          >
            {t.removeToken}
          </button>
          <button
            type="button"
            className={BUTTON}
            disabled={experts >= MAX_EXPERTS}
            onClick={() => setCells((c) => resizeExperts(c, 1))}
          >
            {t.addExpert}
          </button>
          <button
            type="button"
            className={BUTTON}
            disabled={experts <= MIN_EXPERTS}
            onClick={() => setCells((c) => resizeExperts(c, -1))}
          >
            {t.removeExpert}
          </button>
          <span className="text-xs text-muted">
            {t.sizeNote(tokens, experts, MAX_TOKENS, MIN_EXPERTS, MAX_EXPERTS)}
          </span>
        </div>
      </div>

      <LoadChart view={view} t={t} />
    </DemoFrame>
  );
}

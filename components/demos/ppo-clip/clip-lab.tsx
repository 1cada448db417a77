'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { Legend } from '@/components/ui/chart';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { RangeField } from '@/components/ui/range-field';
import {
  DEFAULT_DRAFT,
  EPS_PRESETS,
  epsSteps,
  formatPlain,
  formatRatio,
  formatValue,
  nearestIndex,
  panelView,
  ratioSteps,
  readDraft,
  readingAt,
  type ClipConfig,
  type ClipDraft,
  type ClipError,
  type ClipField,
  type ClipReading,
} from './compute';
import { ClipPanel, legendItems } from './panel';
import { TEXT, type ClipText } from './text';
import { encodeState, type ClipState } from './url-state';

function errorText(t: ClipText, e: ClipError): string {
  if (e.kind === 'field') return t.fieldError(t.fields[e.field], e.error);
  if (e.kind === 'zero') return t.zero;
  const rule = e.field === null ? t.rules.other : t.rules[e.field];
  return t.libError(e.field === null ? '' : t.fields[e.field], rule, e.message);
}

function invalidFields(reading: ClipReading): ClipField[] {
  if (reading.ok) return [];
  const e = reading.error;
  if (e.kind === 'field') return [e.field];
  if (e.kind === 'zero') return ['adv'];
  return e.field === null ? [] : [e.field];
}

/** The default config (valid by construction; a failure is a bug in compute.ts). */
function defaultConfig(): ClipConfig {
  const reading = readDraft(DEFAULT_DRAFT);
  if (!reading.ok) throw new Error(`the default PPO-clip draft is invalid: ${reading.error.kind}`);
  return reading.config;
}

/** '-1' → '1', '1' → '-1', as typed (a leading + or − is swapped, the rest kept). */
function flipSign(text: string): string {
  const trimmed = text.trim();
  if (/^[-\u2212]/.test(trimmed)) return trimmed.slice(1);
  return `-${trimmed.replace(/^\+/, '')}`;
}

/**
 * The PPO-clip lab: ε, A and a ratio give L, r·A and ∂L/∂r from lib/alignment, drawn for both
 * signs of A with the zero-gradient region shaded. Bad input shows an inline message and keeps
 * the last valid result; once the learner changes something the address carries the state.
 */
export function ClipLab({ initial }: { initial: ClipState }) {
  const t = TEXT[useLocale()];
  const ids = { error: useId() };
  const [draft, setDraft] = useState<ClipDraft>(initial.draft);
  const [ratio, setRatio] = useState(initial.ratio);
  const [changed, setChanged] = useState(false);
  const reading = useMemo(() => readDraft(draft), [draft]);
  // On bad input the last valid config stays on screen (the default's if a link starts bad).
  const [good, setGood] = useState<ClipConfig>(() => (reading.ok ? reading.config : defaultConfig()));
  if (reading.ok && reading.config !== good) setGood(reading.config);
  const config = reading.ok ? reading.config : good;

  const view = useMemo(() => {
    const steps = ratioSteps(config.epsilon);
    const index = nearestIndex(steps, ratio);
    const r = steps[index] ?? 0;
    const magnitude = Math.abs(config.advantage);
    const panels = [magnitude, -magnitude].map((a) => {
      const panel = panelView(a, config.epsilon);
      const rows = [...panel.tableRatios, r]
        .map((x, i, all) => ({ x, current: i === all.length - 1 }))
        .map(({ x, current }) => {
          const at = readingAt({ ...config, advantage: a }, x);
          return [
            current ? t.currentRow(formatRatio(x)) : formatRatio(x),
            formatValue(at.objective),
            formatValue(at.unclipped),
            formatValue(at.gradient),
          ];
        });
      return { panel, rows };
    });
    return { steps, index, r, at: readingAt(config, r), panels, eps: epsSteps(config.epsilon) };
  }, [config, ratio, t]);

  useWriteQuery(encodeState({ draft, ratio: view.r }), changed && reading.ok);

  const edit = (patch: Partial<ClipDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setChanged(true);
  };
  const invalid = invalidFields(reading);
  const sign = config.advantage > 0 ? 'pos' : 'neg';
  const at = view.at;
  const eps = formatPlain(config.epsilon);
  const readout = t.readout(
    formatRatio(view.r),
    formatPlain(config.advantage),
    eps,
    formatValue(at.objective),
    formatValue(at.gradient),
  );
  const badge = at.gradient === 0 ? t.badges.none : at.gradient > 0 ? t.badges.up : t.badges.down;
  const field = (f: ClipField) => (
    <NumberInput
      label={t.fields[f]}
      hint={t.fieldHints[f]}
      value={draft[f]}
      invalid={invalid.includes(f)}
      describedBy={ids.error}
      onChange={(text) => edit({ [f]: text })}
    />
  );

  return (
    <DemoFrame id="ppo-clip" title={t.title} hint={t.hint}>
      <RangeField
        label={t.epsSlider}
        steps={view.eps}
        index={Math.max(0, view.eps.indexOf(config.epsilon))}
        onIndexChange={(i) => edit({ eps: String(view.eps[i] ?? config.epsilon) })}
        format={formatPlain}
      />
      <PresetButtons
        label={t.epsPresets}
        keys={EPS_PRESETS}
        names={t.epsPresetNames}
        onPick={(key) => edit({ eps: key })}
        className="mt-2"
      />
      <div className="mt-3 grid grid-cols-1 items-end gap-x-4 gap-y-2 sm:grid-cols-[1fr_1fr_auto]">
        {field('eps')}
        {field('adv')}
        <button
          type="button"
          onClick={() => edit({ adv: flipSign(draft.adv) })}
          className="min-h-8 rounded-md border border-line px-2.5 py-1 text-sm font-medium hover:bg-surface-2"
        >
          {t.flip}
        </button>
      </div>
      <InputError id={ids.error} message={reading.ok ? null : `${errorText(t, reading.error)} ${t.kept}`} />

      <div className="mt-2">
        <RangeField
          label={t.ratioSlider}
          steps={view.steps}
          index={view.index}
          onIndexChange={(i) => {
            setRatio(view.steps[i] ?? view.r);
            setChanged(true);
          }}
          format={formatRatio}
        />
      </div>
      <output
        data-readout
        aria-live="polite"
        className="mt-2 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {readout}
      </output>
      <p className="mt-2 text-sm" data-status={at.gradient === 0 ? 'none' : 'pushed'}>
        <span className="mr-2 rounded border border-line px-1.5 py-0.5 text-xs font-semibold">{badge}</span>
        {t.states[sign][at.state]}
      </p>

      <div className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2">
        {view.panels.map(({ panel, rows }) => {
          const panelSign = panel.advantage > 0 ? 'pos' : 'neg';
          const a = formatPlain(panel.advantage);
          const current = panelSign === sign;
          return (
            <ClipPanel
              key={panelSign}
              view={panel}
              epsilon={config.epsilon}
              ratio={view.r}
              at={current ? [view.r, at.objective] : null}
              title={t.panelTitle(panelSign, a)}
              current={current}
              summary={t.chartSummary(a, eps, formatRatio(panel.flat[0]), formatRatio(panel.flat[1]))}
              table={{
                summary: t.tableSummary(a),
                caption: t.tableCaption(a, eps),
                columns: t.columns,
                rows,
              }}
              t={t}
            />
          );
        })}
      </div>
      <Legend items={legendItems(t)} className="mt-2 text-xs" />
      <p className="mt-2 text-xs text-muted">{t.kinkNote}</p>
    </DemoFrame>
  );
}

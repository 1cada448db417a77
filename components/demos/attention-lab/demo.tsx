'use client';

import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { attentionMask, type AttentionMaskKind } from '@/lib/transformer/attention-mask';
import { MaskGrid } from './charts';
import { runLab, type LabSettings, type LabView, type PositionKind } from './compute';
import { MaskControls, PositionControls } from './controls';
import { formatSlope, formatWeight } from './format';
import { QkvEditor } from './qkv-editor';
import { defaultCells, MAX_DK, MAX_TOKENS, MIN_TOKENS, type Cells, type MatrixName } from './presets';
import { Steps } from './steps';
import { TEXT } from './text';

const TOKEN_STEPS = Array.from({ length: MAX_TOKENS - MIN_TOKENS + 1 }, (_, i) => MIN_TOKENS + i);
const DK_STEPS = Array.from({ length: MAX_DK }, (_, i) => i + 1);
const DEFAULT_N = 5;
const DEFAULT_HEADS = 8;

const settingsKey = (cells: Cells, s: LabSettings) => JSON.stringify([cells, s]);

/**
 * Attention on a 4–6 token example: choose the mask (full, causal, prefix, sliding window) and see
 * which query may attend to which key; edit Q, K and V and follow the scores, the masked scores,
 * the softmax weights and the output; add ALiBi or RoPE. Every number comes from
 * `lib/transformer` through `runLab`; bad input keeps the last valid result on screen.
 */
export function AttentionLabDemo({
  mask: initialMask,
  position: initialPosition,
}: {
  mask: AttentionMaskKind;
  position: PositionKind;
}) {
  const t = TEXT[useLocale()];
  const errorId = useId();
  const [n, setN] = useState(DEFAULT_N);
  const [dk, setDk] = useState(2);
  const [mask, setMask] = useState<AttentionMaskKind>(initialMask);
  const [prefixLength, setPrefixLength] = useState(3);
  const [windowSize, setWindowSize] = useState(3);
  const [position, setPosition] = useState<PositionKind>(initialPosition);
  const [headsText, setHeadsText] = useState(String(DEFAULT_HEADS));
  const [head, setHead] = useState(1);
  // The prefix mask is most telling inside the prefix; the others at the last token.
  const [query, setQuery] = useState(initialMask === 'prefix' ? 1 : DEFAULT_N - 1);
  const [cells, setCells] = useState<Cells>(defaultCells);

  // Controls keep their value when n shrinks; what is used is clamped to the new n.
  const p = Math.min(prefixLength, n);
  const w = Math.min(windowSize, n);
  const qi = Math.min(query, n - 1);
  const tokens = t.tokens.slice(0, n);

  const settings = useMemo<LabSettings>(
    () => ({ n, dk, mask, prefixLength: p, window: w, position, headsText, head }),
    [n, dk, mask, p, w, position, headsText, head],
  );
  const attempt = useMemo(() => runLab(cells, settings), [cells, settings]);
  const key = useMemo(() => settingsKey(cells, settings), [cells, settings]);
  // The last valid result stays on screen while the input is bad.
  const [good, setGood] = useState<{ key: string; view: LabView } | null>(() =>
    attempt.ok ? { key, view: attempt.view } : null,
  );
  if (attempt.ok && good?.key !== key) setGood({ key, view: attempt.view });
  const view = attempt.ok ? attempt.view : good?.view;

  // The grid shows the chosen mask at once: it depends on no typed input.
  const allowedNow = useMemo(() => attentionMask(mask, n, { prefixLength: p, window: w }), [mask, n, p, w]);

  const error = attempt.ok ? null : attempt.error;
  const headsError = error && (error.kind === 'heads' || error.kind === 'headsRange') ? t.error(error) : null;
  const mainError = error && !headsError ? t.error(error) : null;
  const lastHeads = view?.heads ?? DEFAULT_HEADS;

  const edit = (m: MatrixName, row: number, col: number, text: string) =>
    setCells((prev) => ({
      ...prev,
      [m]: prev[m].map((r, i) => (i === row ? r.map((c, j) => (j === col ? text : c)) : r)),
    }));

  // The readout: the chosen query's row of weights, from the result on screen.
  const vq = view ? Math.min(qi, view.n - 1) : 0;
  const row = view?.weights[vq] ?? [];
  const allowedRow = view?.allowed[vq] ?? [];
  const weightsText = row.map((x, j) => formatWeight(x, allowedRow[j] ?? false)).join(', ');
  const sum = row.reduce((a, b) => a + b, 0);
  const queryToken = t.tokens[vq] ?? '';

  return (
    <DemoFrame id="attention-lab" title={t.title} hint={t.hint}>
      <div className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        <RangeField
          label={t.tokenCount}
          steps={TOKEN_STEPS}
          index={TOKEN_STEPS.indexOf(n)}
          onIndexChange={(i) => setN(TOKEN_STEPS[i] ?? DEFAULT_N)}
          format={String}
        />
        <RangeField
          label={t.dk}
          steps={DK_STEPS}
          index={dk - 1}
          onIndexChange={(i) => setDk(DK_STEPS[i] ?? 2)}
          format={String}
        />
      </div>

      <div className="mt-4 grid items-start gap-4 md:grid-cols-[minmax(0,1fr)_16rem]">
        <div>
          <MaskControls
            mask={mask}
            n={n}
            prefixLength={p}
            windowSize={w}
            onMask={setMask}
            onPrefixLength={setPrefixLength}
            onWindow={setWindowSize}
            t={t}
          />
          <PositionControls
            position={position}
            headsText={headsText}
            heads={lastHeads}
            head={head}
            slope={view && view.slope !== null ? formatSlope(view.slope) : null}
            headsError={headsError}
            onPosition={setPosition}
            onHeadsText={setHeadsText}
            onHead={setHead}
            t={t}
          />
        </div>
        <MaskGrid allowed={allowedNow} tokens={tokens} kind={t.masks[mask]} query={qi} t={t} />
      </div>

      <QkvEditor
        cells={cells}
        n={n}
        dk={dk}
        tokens={tokens}
        bad={error?.kind === 'cell' ? error.cell : null}
        errorId={errorId}
        onChange={edit}
        t={t}
      />
      <InputError id={errorId} message={mainError} />

      <div className="mt-2">
        <RangeField
          label={t.query}
          steps={tokens.map((_, i) => i)}
          index={qi}
          onIndexChange={setQuery}
          format={(i) => t.queryValue(i + 1, t.tokens[i] ?? '')}
        />
      </div>
      <output
        data-readout
        aria-live="polite"
        className="mt-2 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {view ? t.readout(vq + 1, queryToken, weightsText, formatWeight(sum, true)) : ''}
      </output>

      {view && <Steps view={view} query={vq} t={t} />}
    </DemoFrame>
  );
}

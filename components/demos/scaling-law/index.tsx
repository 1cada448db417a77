'use client';

import { useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { PresetButtons } from '@/components/ui/preset-buttons';
import {
  chinchillaComputeOptimal,
  chinchillaLoss,
  isoFlopCurve,
  tokensForCompute,
  trainingFlops,
} from '@/lib/calculators';

import { formatCount, formatFixed, formatScientific } from '@/lib/format';
import { IsoFlopChart } from './chart';

/** Slider grids in log10 units; presets may sit between grid points, the state keeps exact values. */
const LOG_C = Array.from({ length: 161 }, (_, i) => 18 + i * 0.05);
const LOG_N = Array.from({ length: 121 }, (_, i) => 7 + i * 0.05);
const nearest = (grid: readonly number[], x: number) =>
  grid.reduce((best, g, i) => (Math.abs(g - x) < Math.abs((grid[best] ?? 0) - x) ? i : best), 0);

const MODELS = {
  chinchilla: { N: 70e9, D: 1.4e12 },
  gopher: { N: 280e9, D: 300e9 },
};

const TEXT = {
  zh: {
    title: 'Chinchilla 扩展法则：固定算力，怎样分配参数与数据',
    hint: '先选算力预算 C，再改模型大小 N；训练词元数 D = C / (6N) 随之确定。曲线是同一预算下的 IsoFLOP 损失曲线。',
    compute: '算力预算 C（FLOPs）',
    params: '模型参数量 N',
    optimum: (c: string, n: string, d: string, r: string, l: string) =>
      `C = ${c} FLOPs：最优 N = ${n}，D = ${d}，每参数 ${r} 个词元，预测损失 ${l}`,
    yours: (n: string, d: string, l: string, gap: string) =>
      `你的选择：N = ${n}，D = ${d}，损失 ${l}（比最优高 ${gap}）`,
    presets: '论文中的模型',
    chinchilla: 'Chinchilla 70B / 1.4T',
    gopher: 'Gopher 280B / 300B',
    chartLabel: (c: string) => `预算 ${c} FLOPs 下，损失随模型大小变化的 U 形曲线`,
    xAxis: '参数量 N（对数轴）',
    yAxis: '预测损失',
    chartTitle: 'IsoFLOP 曲线',
    legend: { curve: '同一算力下的损失', optimum: '最优 N', yours: '你选的 N' },
  },
  en: {
    title: 'Chinchilla scaling: splitting a fixed compute budget',
    hint: 'Pick a compute budget C, then a model size N; the training tokens follow as D = C / (6N). The curve is the IsoFLOP loss profile of that budget.',
    compute: 'Compute budget C (FLOPs)',
    params: 'Model parameters N',
    optimum: (c: string, n: string, d: string, r: string, l: string) =>
      `C = ${c} FLOPs: optimal N = ${n}, D = ${d}, ${r} tokens per parameter, predicted loss ${l}`,
    yours: (n: string, d: string, l: string, gap: string) =>
      `Your choice: N = ${n}, D = ${d}, loss ${l} (${gap} above the optimum)`,
    presets: 'Models from the paper',
    chinchilla: 'Chinchilla 70B / 1.4T',
    gopher: 'Gopher 280B / 300B',
    chartLabel: (c: string) => `U-shaped loss against model size at a budget of ${c} FLOPs`,
    xAxis: 'Parameters N (log scale)',
    yAxis: 'Predicted loss',
    chartTitle: 'IsoFLOP curve',
    legend: { curve: 'loss at this compute', optimum: 'optimal N', yours: 'your N' },
  },
};

export function ScalingLaw() {
  const t = TEXT[useLocale()];
  const [logC, setLogC] = useState(Math.log10(trainingFlops(MODELS.chinchilla.N, MODELS.chinchilla.D)));
  const [logN, setLogN] = useState(Math.log10(MODELS.chinchilla.N));
  const C = 10 ** logC;
  const N = 10 ** logN;

  const optimum = useMemo(() => chinchillaComputeOptimal(C), [C]);
  const curve = useMemo(() => isoFlopCurve(C, { points: 81, spanDecades: 2 }), [C]);
  const D = tokensForCompute(C, N);
  const loss = chinchillaLoss(N, D);
  const cText = formatScientific(C, 3);

  return (
    <DemoFrame id="scaling-law" title={t.title} hint={t.hint}>
      <div className="grid gap-3">
        <RangeField
          label={t.compute}
          steps={LOG_C}
          index={nearest(LOG_C, logC)}
          onIndexChange={(i) => setLogC(LOG_C[i] ?? logC)}
          format={(x) => formatScientific(10 ** x, 3)}
        />
        <RangeField
          label={t.params}
          steps={LOG_N}
          index={nearest(LOG_N, logN)}
          onIndexChange={(i) => setLogN(LOG_N[i] ?? logN)}
          format={(x) => formatCount(10 ** x)}
        />
      </div>
      <output
        data-readout
        aria-live="polite"
        className="mt-4 block rounded-md bg-surface-2 px-3 py-2 text-sm"
      >
        {t.optimum(
          cText,
          formatCount(optimum.Nopt),
          formatCount(optimum.Dopt),
          formatFixed(optimum.tokensPerParam, 1),
          formatFixed(optimum.loss, 3),
        )}
      </output>
      <output aria-live="polite" className="mt-2 block rounded-md border border-line px-3 py-2 text-sm">
        {t.yours(formatCount(N), formatCount(D), formatFixed(loss, 3), formatFixed(loss - optimum.loss, 3))}
      </output>
      <IsoFlopChart
        curve={curve}
        optimum={{ N: optimum.Nopt, loss: optimum.loss }}
        current={{ N, loss }}
        title={t.chartTitle}
        label={t.chartLabel(cText)}
        legendLabels={t.legend}
        xLabel={t.xAxis}
        yLabel={t.yAxis}
      />
      <PresetButtons
        label={t.presets}
        keys={['chinchilla', 'gopher'] as const}
        names={t}
        onPick={(key) => {
          setLogC(Math.log10(trainingFlops(MODELS[key].N, MODELS[key].D)));
          setLogN(Math.log10(MODELS[key].N));
        }}
        className="mt-2"
      />
    </DemoFrame>
  );
}

import { useLocale } from '@/components/demos/use-locale';
import { Bars, Chart, createPlot, Dots, Line, RuleY } from '@/components/ui/chart';
import type { DraftLengthRow } from '@/lib/decoding';
import { formatFixed } from '@/lib/format';

const TEXT = {
  zh: {
    title: '草稿长度 γ 与加速',
    caption: '每个 γ 下每次目标模型调用的期望词元数与加速比',
    columns: ['γ', '每次调用的词元数', '加速比'],
  },
  en: {
    title: 'Draft length γ and speed-up',
    caption: 'Expected tokens per target call and speed-up at each γ',
    columns: ['γ', 'tokens per call', 'speed-up'],
  },
};

/** Expected tokens per target call (bars) and speed-up (line) against γ, current γ highlighted. */
export function SpeedChart({
  rows,
  gamma,
  ceiling,
  label,
  xLabel,
}: {
  rows: readonly DraftLengthRow[];
  gamma: number;
  ceiling: number;
  label: string;
  xLabel: string;
}) {
  const t = TEXT[useLocale()];
  const top = Math.ceil(Math.max(...rows.map((r) => r.tokens), Math.min(ceiling, rows.length + 1)));
  // One unit of x per γ: bar i spans [i, i + 1] with its centre at i + 0.5.
  const plot = createPlot({
    width: 560,
    height: 220,
    margin: { left: 36, right: 12, top: 12, bottom: 38 },
    x: { domain: [0, Math.max(1, rows.length)] },
    y: { domain: [0, Math.max(1, top)] },
  });
  const yTicks = Array.from({ length: top + 1 }, (_, i) => i).filter((v) => top <= 6 || v % 2 === 0);
  const centre = (i: number) => i + 0.5;

  return (
    <Chart
      plot={plot}
      title={t.title}
      summary={label}
      x={{
        label: xLabel,
        ticks: rows.map((_, i) => centre(i)),
        format: (v) => String(rows[Math.floor(v)]?.gamma ?? ''),
      }}
      y={{ ticks: yTicks, grid: true }}
      fontSize={13}
      table={{
        caption: t.caption,
        columns: t.columns,
        rows: rows.map((r) => [r.gamma, formatFixed(r.tokens, 2), formatFixed(r.speedup, 2)]),
      }}
      className="mt-3"
    >
      <Bars
        plot={plot}
        bars={rows.map((r, i) => ({
          x0: centre(i) - 0.3,
          x1: centre(i) + 0.3,
          y0: 0,
          y1: r.tokens,
          fill: r.gamma === gamma ? 'var(--accent)' : 'var(--accent-soft)',
        }))}
        stroke="var(--accent)"
      />
      {ceiling <= top && <RuleY plot={plot} y={ceiling} strokeDasharray="5 4" />}
      <Line
        plot={plot}
        points={rows.map((r, i) => [centre(i), r.speedup] as const)}
        stroke="var(--underline)"
      />
      <Dots
        plot={plot}
        points={rows.map((r, i) => [centre(i), r.speedup] as const)}
        fill="var(--underline)"
      />
    </Chart>
  );
}

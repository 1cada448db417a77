import { useId } from 'react';
import { Chart, cellTicks, heatmapPlot, type LegendItem } from '@/components/ui/chart';
import { HatchPattern, patternId, Spans } from '@/components/ui/chart/spans';
import type { Pass, Schedule, Timeline } from './schedule';
import type { PipelineText } from './text';

/** Slot width (viewBox units) below which the passes are drawn without their numbers. */
const LABEL_MIN_SLOT = 9;
const WIDTH = 720;
const ROW = 24;

/** A pass's name: micro-batch from 1, and for interleaving the chunk as a letter (1a, 1b, …). */
export function passLabel(pass: Pass, interleaved: boolean): string {
  return `${pass.micro + 1}${interleaved ? String.fromCharCode(97 + pass.chunk) : ''}`;
}

/**
 * The schedule as a grid of devices (rows, device 1 on top) × time slots: forward passes solid,
 * backward passes hatched, idle runs (the bubble) in dashed boxes — texture and outline, not
 * colour alone, tell them apart. All passes of a kind are one path; the numbers are drawn only
 * when the slots are wide enough to hold them, and the table lists every device's order.
 */
export function TimelineChart({
  timeline,
  schedule,
  t,
  summary,
  busyIdle,
}: {
  timeline: Timeline;
  schedule: Schedule;
  t: PipelineText;
  summary: string;
  busyIdle: readonly (readonly [number, number])[];
}) {
  const ids = useId();
  const hatch = patternId(ids, 'backward');
  const p = timeline.devices.length;
  const interleaved = schedule === 'interleaved';
  const plot = heatmapPlot({
    rows: p,
    columns: timeline.slots,
    width: WIDTH,
    height: 8 + p * ROW + 40,
    margin: { left: 66, right: 10, top: 8, bottom: 40 },
  });
  const slotWidth = (WIDTH - 76) / timeline.slots;
  const chunks = interleaved ? Math.max(...timeline.devices.flat().map((pass) => pass.chunk)) + 1 : 1;
  // Row i spans y ∈ [i, i + 1]; a pass is inset a little from its row's edges.
  const rect = (row: number, x0: number, x1: number) => ({ x0, x1, y0: row + 0.1, y1: row + 0.9 });
  const passes = (kind: Pass['kind'], chunk: number) =>
    timeline.devices.flatMap((list, row) =>
      list
        .filter((pass) => pass.kind === kind && pass.chunk === chunk)
        .map((pass) => rect(row, pass.start, pass.end)),
    );
  const idle = timeline.idle.flatMap((runs, row) => runs.map(([a, b]) => rect(row, a, b)));
  // Later chunks are lighter, as in Narayanan et al.'s Figure 4; the letter names them anyway.
  const chunkOpacity = (c: number) => 1 - (0.45 * c) / Math.max(1, chunks - 1);
  const legend: LegendItem[] = [
    { label: t.legendForward, kind: 'rect', color: 'var(--accent)' },
    { label: t.legendBackward, kind: 'rect', color: `url(#${hatch})`, stroke: 'var(--accent)' },
    { label: t.legendIdle, kind: 'rect', color: 'var(--surface-2)', stroke: 'var(--muted)' },
  ];

  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={summary}
      x={{ label: t.x, tickCount: 8 }}
      y={{ ticks: cellTicks(p), format: (v) => t.device(Math.floor(v) + 1) }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={{
        caption: t.tableCaption,
        columns: t.columns,
        rows: timeline.devices.map((list, d) => [
          t.device(d + 1),
          list.map((pass) => `${pass.kind}${passLabel(pass, interleaved)}`).join(' '),
          busyIdle[d]?.[0] ?? 0,
          busyIdle[d]?.[1] ?? 0,
        ]),
      }}
      className="mt-3"
    >
      <defs>
        <HatchPattern id={hatch} stroke="var(--accent)" background="var(--accent-soft)" spacing={4} />
      </defs>
      <Spans
        plot={plot}
        rects={idle}
        fill="var(--surface-2)"
        stroke="var(--muted)"
        strokeDasharray="3 2"
        strokeWidth={1}
        data-idle
      />
      {Array.from({ length: chunks }, (_, c) => (
        <g key={c} opacity={chunkOpacity(c)}>
          <Spans
            plot={plot}
            rects={passes('F', c)}
            fill="var(--accent)"
            stroke="var(--surface)"
            data-forward
          />
          <Spans
            plot={plot}
            rects={passes('B', c)}
            fill={`url(#${hatch})`}
            stroke="var(--accent)"
            data-backward
          />
        </g>
      ))}
      {slotWidth >= LABEL_MIN_SLOT &&
        timeline.devices.flatMap((list, row) =>
          list.map((pass) => (
            <text
              key={`${row}:${pass.kind}:${pass.micro}:${pass.chunk}`}
              x={plot.x((pass.start + pass.end) / 2)}
              y={plot.y(row + 0.5)}
              dy="0.35em"
              textAnchor="middle"
              fontSize={8}
              fill="currentColor"
              // A halo in the surface colour keeps the digits legible on solid and hatched passes.
              stroke="var(--surface)"
              strokeWidth={2.5}
              paintOrder="stroke"
            >
              {passLabel(pass, interleaved)}
            </text>
          )),
        )}
    </Chart>
  );
}

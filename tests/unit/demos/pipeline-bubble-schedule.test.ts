import { describe, expect, it } from 'vitest';
import { passLabel } from '@/components/demos/pipeline-bubble/timeline';
import {
  buildTimeline,
  CHUNK_STEPS,
  MICRO_BATCH_STEPS,
  peakInFlight,
  slotCounts,
  STAGE_STEPS,
  type Schedule,
} from '@/components/demos/pipeline-bubble/schedule';
import { pipelineBubble } from '@/lib/calculators';

const order = (schedule: Schedule, p: number, m: number, v: number, device: number) =>
  buildTimeline(schedule, p, m, v)
    .devices[device]!.map((pass) => `${pass.kind}${passLabel(pass, schedule === 'interleaved')}`)
    .join(' ');

describe('buildTimeline', () => {
  it('runs GPipe as all forwards, then all backwards: 3(m + p − 1) slots', () => {
    // Narayanan et al. 2021, Figure 3: 4 devices, 8 micro-batches, backward = 2 × forward
    const t = buildTimeline('gpipe', 4, 8, 1);
    expect(t.slots).toBe(3 * (8 + 4 - 1));
    expect(order('gpipe', 4, 8, 1, 0)).toBe('F1 F2 F3 F4 F5 F6 F7 F8 B1 B2 B3 B4 B5 B6 B7 B8');
    // device 4 starts its first forward after 3 slots of fill
    expect(t.devices[3]![0]).toMatchObject({ kind: 'F', micro: 0, start: 3, end: 4 });
    // p − 1 = 3 forward slots and 3 backward passes (6 slots) idle on every device
    expect(slotCounts(t).perDevice).toEqual([
      [24, 9],
      [24, 9],
      [24, 9],
      [24, 9],
    ]);
  });

  it('runs 1F1B as Megatron-LM: p − rank − 1 warm-up forwards, then one forward and one backward', () => {
    // megatron/schedules.py forward_backward_pipelining_without_interleaving
    expect(order('1f1b', 4, 8, 1, 0)).toBe('F1 F2 F3 F4 B1 F5 B2 F6 B3 F7 B4 F8 B5 B6 B7 B8');
    expect(order('1f1b', 4, 8, 1, 3)).toBe('F1 B1 F2 B2 F3 B3 F4 B4 F5 B5 F6 B6 F7 B7 F8 B8');
    expect(buildTimeline('1f1b', 4, 8, 1).slots).toBe(33);
  });

  it('runs interleaved 1F1B chunk by chunk in groups of p micro-batches', () => {
    // megatron/schedules.py forward_backward_pipelining_with_interleaving, get_model_chunk_id:
    // warm-up 2(p − 1) + (v − 1)p = 10 forwards on device 1 of p = 4, v = 2
    expect(order('interleaved', 4, 8, 2, 0).split(' ').slice(0, 12).join(' ')).toBe(
      'F1a F2a F3a F4a F1b F2b F3b F4b F5a F6a F7a B1b',
    );
    // (p − 1)(t_f + t_b)/v of bubble: 3(v·m + p − 1) = 57 slots
    expect(buildTimeline('interleaved', 4, 8, 2).slots).toBe(57);
  });

  it('leaves exactly lib’s share of idle slots, for every setting the sliders allow', () => {
    for (const schedule of ['gpipe', '1f1b', 'interleaved'] as const) {
      for (const p of STAGE_STEPS) {
        for (const m of MICRO_BATCH_STEPS) {
          for (const v of schedule === 'interleaved' ? CHUNK_STEPS : [1]) {
            if (v > 1 && m % p !== 0) continue;
            const { idle, total } = slotCounts(buildTimeline(schedule, p, m, v));
            expect(idle / total).toBeCloseTo(
              pipelineBubble({ stages: p, microBatches: m, interleave: v }).ofTotal,
              12,
            );
          }
        }
      }
    }
  });

  it('keeps m micro-batches in flight under GPipe and at most p under 1F1B (§2.2.1)', () => {
    expect(buildTimeline('gpipe', 4, 8, 1).devices.map(peakInFlight)).toEqual([8, 8, 8, 8]);
    expect(buildTimeline('1f1b', 4, 8, 1).devices.map(peakInFlight)).toEqual([4, 3, 2, 1]);
    expect(buildTimeline('1f1b', 8, 2, 1).devices.map(peakInFlight)[0]).toBe(2);
  });

  it('refuses sizes the grid does not draw and interleaving with m not a multiple of p', () => {
    expect(() => buildTimeline('1f1b', 9, 8, 1)).toThrow(RangeError);
    expect(() => buildTimeline('1f1b', 4, 17, 1)).toThrow(RangeError);
    expect(() => buildTimeline('1f1b', 0, 8, 1)).toThrow(RangeError);
    expect(() => buildTimeline('interleaved', 4, 6, 2)).toThrow(/not a multiple of p/);
    expect(() => buildTimeline('interleaved', 4, 8, 5)).toThrow(RangeError);
    // v only matters for the interleaved schedule
    expect(buildTimeline('1f1b', 4, 6, 5).slots).toBe(27);
  });
});

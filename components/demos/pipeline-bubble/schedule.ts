/**
 * The pipeline-bubble demo's timeline: which device runs which micro-batch's forward or backward
 * pass in which time slot, for the GPipe, 1F1B and interleaved 1F1B schedules. This is a picture of
 * the schedule, not a formula: the bubble fraction the demo reports comes from `pipelineBubble`
 * in lib/calculators, and the unit tests check that the idle slots counted here agree with it.
 *
 * Model: one time slot is the forward pass of one model chunk for one micro-batch; a backward pass
 * takes two slots (Narayanan et al. 2021, Figure 3 caption: backward assumed twice as long as
 * forward, and the schedule's efficiency does not depend on that factor); communication is free.
 * Each device runs its own list of passes in order, each pass as early as its inputs allow.
 */

export const SCHEDULES = ['gpipe', '1f1b', 'interleaved'] as const;
export type Schedule = (typeof SCHEDULES)[number];

/** Slider ranges: the grid stays small (at most 8 devices × 16 micro-batches × 4 chunks). */
export const STAGE_STEPS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export const MICRO_BATCH_STEPS = Array.from({ length: 16 }, (_, i) => i + 1);
export const CHUNK_STEPS = [2, 3, 4] as const;

/** Slots a forward and a backward pass of one chunk take. */
export const FORWARD_SLOTS = 1;
export const BACKWARD_SLOTS = 2;

/** One pass on one device: `micro` and `chunk` count from 0. */
export interface Pass {
  readonly kind: 'F' | 'B';
  readonly micro: number;
  readonly chunk: number;
  readonly start: number;
  readonly end: number;
}

export interface Timeline {
  /** Passes per device (device 0 first), in the order the device runs them. */
  readonly devices: readonly (readonly Pass[])[];
  /** The slot at which the last pass ends. */
  readonly slots: number;
  /** Idle slot runs per device as [start, end). */
  readonly idle: readonly (readonly (readonly [number, number])[])[];
}

type Order = { kind: 'F' | 'B'; micro: number; chunk: number }[];

/** GPipe (Huang et al. 2019): every forward pass, then every backward pass. */
function gpipeOrder(m: number): Order {
  const order: Order = [];
  for (let j = 0; j < m; j++) order.push({ kind: 'F', micro: j, chunk: 0 });
  for (let j = 0; j < m; j++) order.push({ kind: 'B', micro: j, chunk: 0 });
  return order;
}

/**
 * 1F1B / PipeDream-Flush, as Megatron-LM's `forward_backward_pipelining_without_interleaving`:
 * p − rank − 1 warm-up forwards (at most m), then one forward and one backward in turn, then the
 * remaining backwards.
 */
function oneFOneBOrder(p: number, m: number, rank: number): Order {
  const warmup = Math.min(p - rank - 1, m);
  const order: Order = [];
  for (let j = 0; j < warmup; j++) order.push({ kind: 'F', micro: j, chunk: 0 });
  for (let i = 0; i < m - warmup; i++) {
    order.push({ kind: 'F', micro: warmup + i, chunk: 0 });
    order.push({ kind: 'B', micro: i, chunk: 0 });
  }
  for (let j = m - warmup; j < m; j++) order.push({ kind: 'B', micro: j, chunk: 0 });
  return order;
}

/**
 * Interleaved 1F1B, as Megatron-LM's `forward_backward_pipelining_with_interleaving`: the k-th
 * forward runs chunk ⌊(k mod pv)/p⌋ on micro-batch p⌊k/pv⌋ + (k mod p); backwards visit the
 * chunks in reverse; warm-up is 2(p − rank − 1) + (v − 1)p forwards (all of them when m = p).
 */
function interleavedOrder(p: number, m: number, v: number, rank: number): Order {
  const total = m * v;
  const warmup = m === p ? total : Math.min(2 * (p - rank - 1) + (v - 1) * p, total);
  const at = (k: number, kind: 'F' | 'B') => {
    const inGroup = k % (p * v);
    const chunk = Math.floor(inGroup / p);
    return {
      kind,
      micro: Math.floor(k / (p * v)) * p + (k % p),
      chunk: kind === 'F' ? chunk : v - 1 - chunk,
    };
  };
  const order: Order = [];
  for (let k = 0; k < warmup; k++) order.push(at(k, 'F'));
  for (let k = 0; k < total - warmup; k++) {
    order.push(at(warmup + k, 'F'));
    order.push(at(k, 'B'));
  }
  for (let k = total - warmup; k < total; k++) order.push(at(k, 'B'));
  return order;
}

/**
 * Runs the schedule: each device's passes in order, each as soon as the device is free and its
 * input is ready (a forward needs the previous virtual stage's forward of the same micro-batch, a
 * backward the next virtual stage's backward; chunk c of device d is virtual stage c·p + d).
 *
 * @throws RangeError for sizes outside the sliders' ranges or interleaving with m not a multiple
 *   of p (the demo calls `pipelineBubble` first, which names the problem).
 * @example buildTimeline('gpipe', 4, 8, 1).slots // 33 = 3 · (8 + 4 − 1)
 */
export function buildTimeline(schedule: Schedule, p: number, m: number, v: number): Timeline {
  const chunks = schedule === 'interleaved' ? v : 1;
  if (![p, m, chunks].every((n) => Number.isInteger(n) && n >= 1) || p > 8 || m > 16 || chunks > 4) {
    throw new RangeError(`no timeline for p = ${p}, m = ${m}, v = ${chunks}`);
  }
  if (chunks > 1 && m % p !== 0) throw new RangeError(`m = ${m} is not a multiple of p = ${p}`);
  const orders = Array.from({ length: p }, (_, d) =>
    schedule === 'gpipe'
      ? gpipeOrder(m)
      : chunks === 1
        ? oneFOneBOrder(p, m, d)
        : interleavedOrder(p, m, chunks, d),
  );
  const stages = p * chunks;
  // finish[kind][micro][virtual stage]
  const finish = {
    F: Array.from({ length: m }, () => new Array<number>(stages).fill(-1)),
    B: Array.from({ length: m }, () => new Array<number>(stages).fill(-1)),
  };
  const devices: Pass[][] = orders.map(() => []);
  const next = new Array<number>(p).fill(0);
  const free = new Array<number>(p).fill(0);
  let left = orders.reduce((n, o) => n + o.length, 0);
  while (left > 0) {
    let progressed = false;
    for (let d = 0; d < p; d++) {
      const op = orders[d]![next[d]!];
      if (!op) continue;
      const stage = op.chunk * p + d;
      const ready =
        op.kind === 'F'
          ? stage === 0
            ? 0
            : finish.F[op.micro]![stage - 1]!
          : stage === stages - 1
            ? finish.F[op.micro]![stage]!
            : finish.B[op.micro]![stage + 1]!;
      if (ready < 0) continue;
      const start = Math.max(free[d]!, ready);
      const end = start + (op.kind === 'F' ? FORWARD_SLOTS : BACKWARD_SLOTS);
      finish[op.kind][op.micro]![stage] = end;
      devices[d]!.push({ ...op, start, end });
      free[d] = end;
      next[d]!++;
      left--;
      progressed = true;
    }
    if (!progressed) throw new RangeError('the schedule deadlocked');
  }
  const slots = Math.max(...free);
  const idle = devices.map((passes) => {
    const runs: [number, number][] = [];
    let t = 0;
    for (const pass of passes) {
      if (pass.start > t) runs.push([t, pass.start]);
      t = pass.end;
    }
    if (t < slots) runs.push([t, slots]);
    return runs;
  });
  return { devices, slots, idle };
}

/** Busy and idle slots of each device, and the idle device-slots over all device-slots. */
export function slotCounts(timeline: Timeline): {
  perDevice: (readonly [busy: number, idle: number])[];
  idle: number;
  total: number;
} {
  const perDevice = timeline.idle.map((runs) => {
    const idle = runs.reduce((s, [a, b]) => s + b - a, 0);
    return [timeline.slots - idle, idle] as const;
  });
  const idle = perDevice.reduce((n, [, i]) => n + i, 0);
  return { perDevice, idle, total: timeline.slots * timeline.devices.length };
}

/**
 * The most micro-batch chunks whose forward has run but whose backward has not, at any moment on a
 * device: the activations it must hold (GPipe m, 1F1B at most p; Narayanan et al. 2021, §2.2.1).
 */
export function peakInFlight(passes: readonly Pass[]): number {
  let live = 0;
  let peak = 0;
  for (const pass of passes) {
    live += pass.kind === 'F' ? 1 : -1;
    peak = Math.max(peak, live);
  }
  return peak;
}

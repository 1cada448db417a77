import type { Schedule } from './schedule';

/** The pipeline-bubble demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '流水线气泡：GPipe、1F1B 与交错式 1F1B 的时间线',
    hint: '每一行是一台设备（一个流水线级），每一列是一个时间槽：一个模型块对一个微批次做一次前向占 1 槽，反向占 2 槽（Narayanan 等 2021 图 3 的假设；气泡占比与这个倍数无关）。为了让网格看得清，p ≤ 8、m ≤ 16、v ≤ 4。',
    schedule: '调度方式',
    schedules: {
      gpipe: 'GPipe（先做完所有前向，再做所有反向）',
      '1f1b': '1F1B（PipeDream-Flush：预热后一前一后交替）',
      interleaved: '交错式 1F1B（每台设备持有 v 个模型块）',
    } satisfies Record<Schedule, string>,
    short: { gpipe: 'GPipe', '1f1b': '1F1B', interleaved: '交错式 1F1B' } satisfies Record<Schedule, string>,
    stages: '流水线级数 p（设备数）',
    microBatches: '微批次数 m',
    chunks: '每台设备的模型块数 v',
    readout: (formula: string, substituted: string, value: string) =>
      `气泡时间 / 理想计算时间 = ${formula} = ${substituted} = ${value}`,
    formulaPlain: '(p − 1)/m',
    formulaInterleaved: '(p − 1)/(v·m)',
    ofTotal: (formula: string, value: string, idle: number, total: number) =>
      `换成“气泡占整步时间的比例”是 ${formula} = ${value}；网格里数出来也是 ${idle} / ${total} 个设备时间槽空闲。`,
    ofTotalPlain: '(p − 1)/(m + p − 1)',
    ofTotalInterleaved: '(p − 1)/(v·m + p − 1)',
    which:
      'Narayanan 等 2021（§2.2）说的“气泡时间占比”是气泡时间除以理想计算时间，m < p − 1 时会大于 1；GPipe 论文写的 (K − 1)/(M + K − 1) 是气泡占整步的比例，永远小于 1。两者都对，引用时要说清分母。',
    inFlight: (schedule: Schedule, peak: number, p: number, m: number) =>
      schedule === 'interleaved'
        ? `设备 1 最多同时保存 ${peak} 个“微批次 × 模型块”的激活（每块是该设备 1/v 的层）。`
        : `设备 1 最多同时保存 ${peak} 个微批次的激活（GPipe 要存全部 m = ${m} 个；1F1B 最多 p = ${p} 个）。`,
    libError: (message: string) =>
      `参数无效（lib 报错）：${message}。Megatron-LM 同样要求交错调度时 m 是 p 的整数倍。`,
    kept: '下面仍显示上一次有效设置的结果。',
    chartTitle: '流水线调度时间线',
    chartSummary: (schedule: string, p: number, m: number, slots: number, idle: number, total: number) =>
      `${schedule} 的时间线：p = ${p} 台设备，m = ${m} 个微批次，共 ${slots} 个时间槽，${total} 个设备时间槽中有 ${idle} 个空闲。`,
    device: (i: number) => `设备 ${i}`,
    x: '时间（槽；一个模型块的一次前向 = 1 槽）',
    legendForward: '前向（实心，数字是微批次）',
    legendBackward: '反向（斜线，占 2 槽）',
    legendIdle: '空闲（虚线框）= 气泡',
    chunkNote: '交错式里字母区分模型块：a 是第 1 块，b 是第 2 块……',
    tableCaption: '每台设备的执行顺序（F 前向，B 反向）',
    columns: ['设备', '执行顺序', '忙碌槽数', '空闲槽数'],
  },
  en: {
    title: 'Pipeline bubble: GPipe, 1F1B and interleaved 1F1B on a timeline',
    hint: 'Each row is a device (one pipeline stage), each column a time slot: a forward pass of one model chunk on one micro-batch takes 1 slot, a backward pass 2 (the assumption of Narayanan et al. 2021, Figure 3; the bubble fraction does not depend on this factor). To keep the grid readable, p ≤ 8, m ≤ 16 and v ≤ 4.',
    schedule: 'Schedule',
    schedules: {
      gpipe: 'GPipe (all forward passes, then all backward passes)',
      '1f1b': '1F1B (PipeDream-Flush: warm up, then one forward, one backward)',
      interleaved: 'Interleaved 1F1B (v model chunks per device)',
    } satisfies Record<Schedule, string>,
    short: { gpipe: 'GPipe', '1f1b': '1F1B', interleaved: 'Interleaved 1F1B' } satisfies Record<
      Schedule,
      string
    >,
    stages: 'Pipeline stages p (devices)',
    microBatches: 'Micro-batches m',
    chunks: 'Model chunks per device v',
    readout: (formula: string, substituted: string, value: string) =>
      `Bubble time / ideal compute time = ${formula} = ${substituted} = ${value}`,
    formulaPlain: '(p − 1)/m',
    formulaInterleaved: '(p − 1)/(v·m)',
    ofTotal: (formula: string, value: string, idle: number, total: number) =>
      `As a share of the whole step it is ${formula} = ${value}; counted in the grid, ${idle} of ${total} device-slots are idle.`,
    ofTotalPlain: '(p − 1)/(m + p − 1)',
    ofTotalInterleaved: '(p − 1)/(v·m + p − 1)',
    which:
      'Narayanan et al. 2021 (§2.2) define the “bubble time fraction” as bubble time over ideal compute time, which exceeds 1 when m < p − 1; the GPipe paper’s (K − 1)/(M + K − 1) is the bubble’s share of the whole step and stays below 1. Both are right; say which denominator you mean.',
    inFlight: (schedule: Schedule, peak: number, p: number, m: number) =>
      schedule === 'interleaved'
        ? `Device 1 holds the activations of up to ${peak} micro-batch chunks at once (each chunk is 1/v of its layers).`
        : `Device 1 holds the activations of up to ${peak} micro-batches at once (GPipe keeps all m = ${m}; 1F1B at most p = ${p}).`,
    libError: (message: string) =>
      `Invalid setting (lib error): ${message}. Megatron-LM also needs m to be a multiple of p for the interleaved schedule.`,
    kept: 'The result below is still the last valid setting’s.',
    chartTitle: 'Pipeline schedule timeline',
    chartSummary: (schedule: string, p: number, m: number, slots: number, idle: number, total: number) =>
      `${schedule} timeline with p = ${p} devices and m = ${m} micro-batches: ${slots} time slots, ${idle} of ${total} device-slots idle.`,
    device: (i: number) => `Device ${i}`,
    x: 'Time (slots; one forward pass of one chunk = 1 slot)',
    legendForward: 'forward (solid, number = micro-batch)',
    legendBackward: 'backward (hatched, 2 slots)',
    legendIdle: 'idle (dashed box) = bubble',
    chunkNote: 'In the interleaved schedule a letter names the chunk: a is the first, b the second, …',
    tableCaption: 'What each device runs, in order (F forward, B backward)',
    columns: ['Device', 'Order', 'Busy slots', 'Idle slots'],
  },
};

export type PipelineText = (typeof TEXT)['zh'];

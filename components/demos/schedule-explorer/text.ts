import type { FieldError } from '@/components/demos/shared/number-field';
import type { PresetKey, ScheduleField, ScheduleKind } from './presets';
import type { Phase } from './schedule';

/** The schedule explorer's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '学习率调度：预热、线性、余弦与 WSD',
    hint: '横轴是已经完成的优化器步数 s（Hugging Face 调度器的 current_step），纵轴是这时的学习率；每个点都由 lib 里按 transformers optimization.py 实现的 learningRate 算出。HF 的余弦调度过了最后一步会重新上升，lib 不计算超出总步数的步，所以曲线止于最后一步。',
    schedule: '调度类型',
    schedules: {
      constant_with_warmup: '预热后恒定（constant_with_warmup）',
      linear: '线性衰减到 0（linear）',
      cosine: '余弦衰减到 0（cosine）',
      cosine_with_min_lr: '余弦衰减到最小学习率（cosine_with_min_lr）',
      warmup_stable_decay: 'WSD：预热、恒定、衰减（warmup_stable_decay）',
    } satisfies Record<ScheduleKind, string>,
    fields: {
      warmup: '预热步数',
      total: '总步数',
      peak: '峰值学习率',
      minRatio: '最小学习率 / 峰值',
      decay: 'WSD 衰减阶段占总步数的比例',
    } satisfies Record<ScheduleField, string>,
    fieldHints: {
      warmup: 'num_warmup_steps',
      total: 'num_training_steps',
      peak: 'lr',
      minRatio: 'min_lr_rate',
      decay: 'num_decay_steps ÷ 总步数',
    } satisfies Record<ScheduleField, string>,
    step: '步数 s',
    readout: (step: string, total: string, phase: string, lr: string, percent: string) =>
      `第 ${step} 步（共 ${total} 步，${phase}）：学习率 ${lr}，是峰值的 ${percent}`,
    phases: { warmup: '预热', stable: '恒定', decay: '衰减', constant: '恒定' } satisfies Record<
      Phase,
      string
    >,
    presets: '预设',
    presetNames: {
      llama2: 'LLaMA-2 7B：余弦降到峰值的 10%',
      wsd: '通用 WSD（示意数字）',
      linear: 'BERT-base：线性衰减',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      llama2:
        'Llama 2 论文 §2.2：余弦调度，预热 2000 步，最终学习率降到峰值的 10%；表 1：7B 的峰值学习率 3.0 × 10⁻⁴，训练 2.0T token，全局批大小 4M token。论文没有写总步数，500,000 步是按 2.0T ÷ 4M 换算并取整的。',
      wsd: '示意数字，不是哪一次真实训练的配方：前 1% 的步数预热，最后 10% 的步数按余弦从峰值降到 10%。WSD 由 MiniCPM（Hu 等，2024）提出；这里按 transformers 的 get_wsd_schedule 计算，预热从 0 线性上升、默认余弦衰减到 min_lr_ratio。较新的 transformers 版本在 min_lr_ratio > 0 时让预热从 min_lr_ratio × 峰值起步。',
      linear:
        'BERT 论文附录 A.2：Adam，学习率 1e-4，前 10,000 步预热，之后线性衰减，共 1,000,000 步（批大小 256）。HF 的 linear 从预热结束时开始线性降到 0。',
    } satisfies Record<PresetKey, string>,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    libError: (message: string) => `lib 拒绝了这组参数：${message}`,
    noSteps: '总步数至少是 1。',
    tooLong: (max: string) => `总步数超过 ${max}，比任何真实训练都长，这里不画。`,
    warmupTooLong: (warmup: string, total: string) =>
      `预热 ${warmup} 步比整个训练（${total} 步）还长，学习率永远升不到峰值。`,
    decayFraction: (value: string) => `WSD 衰减比例 ${value} 必须大于 0 且不超过 1。`,
    noDecaySteps: (value: string, total: string) =>
      `${total} 步乘以 ${value} 四舍五入后是 0 步，衰减阶段至少要 1 步。`,
    decayTooLong: (warmup: string, decay: string, total: string) =>
      `预热 ${warmup} 步加上衰减 ${decay} 步，超过了总步数 ${total}。`,
    kept: '图中仍是上一次有效输入的曲线。',
    chartTitle: '学习率随优化器步数的变化',
    chartSummary: (schedule: string, peak: string, end: string, readout: string) =>
      `折线图：${schedule}，峰值 ${peak}，最后一步 ${end}。${readout}。`,
    x: '优化器步数 s',
    y: '学习率',
    legendCurve: '学习率',
    legendAt: '所选步数',
    legendBoundary: '阶段分界（预热结束、衰减开始）',
    legendFloor: '最小学习率',
    tableSummary: '查看若干步的数值',
    tableCaption: '每隔十分之一个训练过程，以及各阶段分界处的学习率',
    columns: ['步数', '学习率', '峰值的百分比', '阶段'],
  },
  en: {
    title: 'Learning-rate schedules: warm-up, linear, cosine and WSD',
    hint: 'The x axis is the number of optimizer steps taken, s (the current_step of a Hugging Face scheduler); the y axis is the learning rate at that point. Every point comes from lib’s learningRate, which follows transformers’ optimization.py. HF’s cosine schedule climbs again after the last step; lib computes no step past the end, so the curve stops there.',
    schedule: 'Schedule',
    schedules: {
      constant_with_warmup: 'Constant after warm-up (constant_with_warmup)',
      linear: 'Linear decay to 0 (linear)',
      cosine: 'Cosine decay to 0 (cosine)',
      cosine_with_min_lr: 'Cosine decay to a floor (cosine_with_min_lr)',
      warmup_stable_decay: 'WSD: warm-up, stable, decay (warmup_stable_decay)',
    } satisfies Record<ScheduleKind, string>,
    fields: {
      warmup: 'Warm-up steps',
      total: 'Total steps',
      peak: 'Peak learning rate',
      minRatio: 'Minimum LR / peak',
      decay: 'WSD decay share of the steps',
    } satisfies Record<ScheduleField, string>,
    fieldHints: {
      warmup: 'num_warmup_steps',
      total: 'num_training_steps',
      peak: 'lr',
      minRatio: 'min_lr_rate',
      decay: 'num_decay_steps ÷ total',
    } satisfies Record<ScheduleField, string>,
    step: 'Step s',
    readout: (step: string, total: string, phase: string, lr: string, percent: string) =>
      `Step ${step} of ${total} (${phase}): learning rate ${lr}, ${percent} of the peak`,
    phases: { warmup: 'warm-up', stable: 'stable', decay: 'decay', constant: 'constant' } satisfies Record<
      Phase,
      string
    >,
    presets: 'Presets',
    presetNames: {
      llama2: 'LLaMA-2 7B: cosine to 10% of the peak',
      wsd: 'Generic WSD (illustrative numbers)',
      linear: 'BERT-base: linear decay',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      llama2:
        'Llama 2 paper §2.2: cosine schedule, 2,000 warm-up steps, final learning rate 10% of the peak; Table 1: peak learning rate 3.0 × 10⁻⁴ for 7B, 2.0T tokens, global batch 4M tokens. The paper gives no step count: 500,000 steps is 2.0T ÷ 4M, rounded.',
      wsd: 'Illustrative numbers, not the recipe of a real run: the first 1% of steps warm up and the last 10% decay by a cosine from the peak to 10% of it. WSD was introduced with MiniCPM (Hu et al., 2024); here it is computed as transformers’ get_wsd_schedule, with a linear warm-up from 0 and the default cosine decay to min_lr_ratio. Newer transformers versions start the warm-up at min_lr_ratio × peak when min_lr_ratio > 0.',
      linear:
        'BERT paper, appendix A.2: Adam at 1e-4, warm-up over the first 10,000 steps, then linear decay, 1,000,000 steps in all (batch 256). HF’s linear starts its decay to 0 at the end of warm-up.',
    } satisfies Record<PresetKey, string>,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    libError: (message: string) => `lib rejects these settings: ${message}`,
    noSteps: 'The run needs at least 1 step.',
    tooLong: (max: string) =>
      `More than ${max} total steps is longer than any real run; the demo stops there.`,
    warmupTooLong: (warmup: string, total: string) =>
      `A warm-up of ${warmup} steps is longer than the run (${total} steps): the learning rate would never reach its peak.`,
    decayFraction: (value: string) => `The WSD decay share ${value} must be above 0 and at most 1.`,
    noDecaySteps: (value: string, total: string) =>
      `${value} of ${total} steps rounds to 0 steps; the decay needs at least 1.`,
    decayTooLong: (warmup: string, decay: string, total: string) =>
      `${warmup} warm-up steps plus ${decay} decay steps are more than the ${total} steps of the run.`,
    kept: 'The chart still shows the last valid schedule.',
    chartTitle: 'Learning rate against optimizer steps',
    chartSummary: (schedule: string, peak: string, end: string, readout: string) =>
      `Line chart: ${schedule}, peak ${peak}, ${end} at the last step. ${readout}.`,
    x: 'Optimizer steps s',
    y: 'Learning rate',
    legendCurve: 'learning rate',
    legendAt: 'selected step',
    legendBoundary: 'phase boundary (end of warm-up, start of decay)',
    legendFloor: 'minimum learning rate',
    tableSummary: 'Values at a few steps',
    tableCaption: 'The learning rate at every tenth of the run and at the phase boundaries',
    columns: ['Step', 'Learning rate', 'Share of peak', 'Phase'],
  },
};

export type ScheduleText = (typeof TEXT)['zh'];

import type { FieldError } from '@/components/demos/shared/number-field';
import type { Field, PresetKey, Recompute, Stage } from './presets';

/** The training-memory demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '训练显存：每张 GPU 要装下多少字节',
    hint: '混合精度 Adam 训练时，每张 GPU 上的参数、梯度、优化器状态（模型状态）和激活，对照一张 80 GiB 的 A100/H100。单位用二进制：1 GiB = 1024³ 字节；ZeRO 论文的 GB 是 10⁹ 字节，两者都会标出。没有计入临时缓冲区和显存碎片（ZeRO 所说的“剩余状态”中激活以外的部分），也没有计入 CUDA 上下文，实际可用的显存更少。',
    presets: '预设',
    presetNames: {
      '7b-8gpu': 'Llama 2 7B，8 张 GPU',
      '70b-64gpu': 'Llama 2 70B，64 张 GPU（TP 8 × DP 8）',
    } satisfies Record<PresetKey, string>,
    stage: 'ZeRO 阶段',
    stages: {
      0: 'ZeRO-0（普通数据并行）',
      1: 'ZeRO-1（切分优化器状态）',
      2: 'ZeRO-2（再切分梯度）',
      3: 'ZeRO-3（再切分参数）',
    } satisfies Record<Stage, string>,
    stageShort: (s: Stage) => `ZeRO-${s}`,
    offload: 'CPU 卸载（DeepSpeed）',
    offloadOptimizer: '优化器状态（ZeRO-2 起连同梯度分片）放到 CPU 内存（offload_optimizer，ZeRO-1 起可用）',
    offloadParams: '参数放到 CPU 内存（offload_param，仅 ZeRO-3）',
    model: '模型',
    parallel: '并行与批次',
    fields: {
      params: '参数量 Ψ',
      layers: '层数 L',
      hidden: '隐藏维度 h',
      heads: '注意力头数 a',
      dp: '数据并行 GPU 数 N_d',
      tp: '张量并行度 t',
      seqLen: '序列长度 s',
      microBatch: '微批大小 b（序列）',
      globalBatch: '全局批大小 B（序列）',
    } satisfies Record<Field, string>,
    sequenceParallel: '序列并行（与张量并行一起切分 LayerNorm 和 dropout 的激活）',
    recompute: '激活重计算',
    recomputes: {
      none: '不重计算',
      selective: '选择性（只重算注意力核心）',
      full: '完全（每层只存输入）',
    } satisfies Record<Recompute, string>,
    readout: (human: string, bytes: string) => `每张 GPU 共 ${human}（${bytes} 字节）`,
    fits: (margin: string) => `装得下一张 80 GiB 的 GPU，还剩 ${margin}。`,
    fitsNot: (margin: string) => `装不下一张 80 GiB 的 GPU：超出 ${margin}。`,
    modelStates: (bytes: string, gb: string, gib: string) =>
      `其中模型状态 ${bytes} 字节 = ${gb}（10⁹ 字节）= ${gib}。`,
    cpu: (human: string) => `另有 ${human} 的模型状态卸载到了 CPU 内存。`,
    batch: (acc: number, tokens: string) =>
      `每步每张 GPU 依次跑 ${acc} 个微批（梯度累积），每步共 ${tokens} 个 token。显存只取决于微批，不取决于全局批。`,
    totalGpus: (n: string) => `共 ${n} 张 GPU（N_d × t）。`,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    libError: (fields: string, message: string) => `${fields}无效（lib 报错）：${message}`,
    tpHeadsError: (tp: number, heads: number) =>
      `张量并行度 ${tp} 必须整除注意力头数 ${heads}：每个张量并行 rank 分到整数个头（Megatron-LM 同样检查）。`,
    batchError: (b: number, micro: number, dp: number) =>
      `全局批 ${b} 不能被 微批 ${micro} × 数据并行度 ${dp} 整除，每张 GPU 分不到整数个微批（Megatron-LM 同样报错）。`,
    tooLarge: '字节数超过 2⁵³，浮点数无法精确表示；请把尺寸调小。',
    kept: '下面仍显示上一次有效输入的结果。',
    chartTitle: '四个 ZeRO 阶段下每张 GPU 的显存',
    chartSummary: (stage: string, total: string, fit: string, totals: string) =>
      `堆叠条形图：每张 GPU 的参数、梯度、优化器状态和激活，对照 80 GiB。当前 ${stage}，共 ${total}，${fit} 各阶段合计：${totals}。`,
    y: '每张 GPU 的 GiB',
    capacity: '80 GiB',
    selected: '（当前）',
    parts: {
      parameters: '参数（16 位）',
      gradients: '梯度（16 位）',
      optimizer: '优化器状态（fp32 主权重 + m + v）',
      activations: '激活',
    },
    legendCapacity: '80 GiB 显存',
    tableSummary: '各阶段的数值',
    tableCaption: '每张 GPU 的显存（GiB）；卸载的部分不在 GPU 上',
    columns: ['阶段', '参数', '梯度', '优化器状态', '激活', 'GPU 合计', 'CPU（卸载）'],
    formula:
      '模型状态（ZeRO，K = 12）：16 位参数 2Ψ、16 位梯度 2Ψ、fp32 主权重与 Adam 的 m、v 共 12Ψ；ZeRO-1 把 12Ψ 除以 N_d，ZeRO-2 再把梯度除以 N_d，ZeRO-3 再把参数除以 N_d；张量并行时每张 GPU 从 Ψ/t 算起。激活（Korthikanti 等 2022，表 2）每层：无张量并行 sbh(34 + 5as/h)；张量并行 sbh(10 + 24/t + 5as/(ht))；再加序列并行 sbh(34/t + 5as/(ht))；选择性重计算去掉 5as… 这一项；完全重计算只留 2sbh。',
    caveat:
      '这个激活公式按 GPT-3 式的层推导（多头注意力、4h 宽的 GeLU MLP）；Llama 的 SwiGLU MLP 和 70B 的分组查询注意力存的激活会有出入，激活一栏只是估计。没有模拟流水线并行：每张 GPU 持有全部 L 层。ZeRO-3 在前向、反向时会把每层参数临时收集到 GPU 上，这部分工作内存（DeepSpeed 用 stage3_max_live_parameters 限制）也没有计入。',
  },
  en: {
    title: 'Training memory: how many bytes each GPU must hold',
    hint: 'Parameters, gradients, optimizer state (together the model states) and activations per GPU under mixed-precision Adam, against one 80 GiB A100/H100. Units are binary: 1 GiB = 1024³ bytes; the ZeRO paper’s GB are 10⁹ bytes, and both are shown. Temporary buffers and fragmentation (ZeRO’s residual states other than activations) and the CUDA context are not counted, so less memory is really usable.',
    presets: 'Presets',
    presetNames: {
      '7b-8gpu': 'Llama 2 7B on 8 GPUs',
      '70b-64gpu': 'Llama 2 70B on 64 GPUs (TP 8 × DP 8)',
    } satisfies Record<PresetKey, string>,
    stage: 'ZeRO stage',
    stages: {
      0: 'ZeRO-0 (plain data parallelism)',
      1: 'ZeRO-1 (partition optimizer state)',
      2: 'ZeRO-2 (+ gradients)',
      3: 'ZeRO-3 (+ parameters)',
    } satisfies Record<Stage, string>,
    stageShort: (s: Stage) => `ZeRO-${s}`,
    offload: 'CPU offload (DeepSpeed)',
    offloadOptimizer:
      'Optimizer state (from ZeRO-2 with the gradient partition) in CPU memory (offload_optimizer, ZeRO-1 and up)',
    offloadParams: 'Parameters in CPU memory (offload_param, ZeRO-3 only)',
    model: 'Model',
    parallel: 'Parallelism and batch',
    fields: {
      params: 'Parameters Ψ',
      layers: 'Layers L',
      hidden: 'Hidden size h',
      heads: 'Attention heads a',
      dp: 'Data-parallel GPUs N_d',
      tp: 'Tensor-parallel degree t',
      seqLen: 'Sequence length s',
      microBatch: 'Micro-batch b (sequences)',
      globalBatch: 'Global batch B (sequences)',
    } satisfies Record<Field, string>,
    sequenceParallel: 'Sequence parallelism (shards the layer-norm and dropout activations with TP)',
    recompute: 'Activation recomputation',
    recomputes: {
      none: 'None',
      selective: 'Selective (recompute the attention core)',
      full: 'Full (keep only each layer’s input)',
    } satisfies Record<Recompute, string>,
    readout: (human: string, bytes: string) => `Per GPU: ${human} (${bytes} bytes)`,
    fits: (margin: string) => `Fits in one 80 GiB GPU with ${margin} to spare.`,
    fitsNot: (margin: string) => `Does not fit in one 80 GiB GPU: ${margin} too much.`,
    modelStates: (bytes: string, gb: string, gib: string) =>
      `Model states: ${bytes} bytes = ${gb} (10⁹ bytes) = ${gib}.`,
    cpu: (human: string) => `A further ${human} of model state is offloaded to CPU memory.`,
    batch: (acc: number, tokens: string) =>
      `Each GPU runs ${acc} ${acc === 1 ? 'micro-batch' : 'micro-batches'} per step (gradient accumulation); a step is ${tokens} tokens. Memory depends on the micro-batch, not on the global batch.`,
    totalGpus: (n: string) => `${n} GPUs in all (N_d × t).`,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    libError: (fields: string, message: string) => `Invalid ${fields} (lib error): ${message}`,
    tpHeadsError: (tp: number, heads: number) =>
      `The tensor-parallel degree ${tp} must divide the ${heads} attention heads, so that every tensor-parallel rank gets whole heads (Megatron-LM checks this too).`,
    batchError: (b: number, micro: number, dp: number) =>
      `The global batch ${b} is not divisible by the micro-batch ${micro} × data-parallel size ${dp}: the GPUs would not get whole micro-batches (Megatron-LM refuses it too).`,
    tooLarge: 'The byte count is above 2⁵³, where floating point stops counting exactly; use smaller sizes.',
    kept: 'The result below is still the last valid input’s.',
    chartTitle: 'Memory per GPU at the four ZeRO stages',
    chartSummary: (stage: string, total: string, fit: string, totals: string) =>
      `Stacked bar chart: parameters, gradients, optimizer state and activations per GPU against 80 GiB. Selected ${stage}: ${total}. ${fit} Totals per stage: ${totals}.`,
    y: 'GiB per GPU',
    capacity: '80 GiB',
    selected: ' (selected)',
    parts: {
      parameters: 'parameters (16-bit)',
      gradients: 'gradients (16-bit)',
      optimizer: 'optimizer state (fp32 master + m + v)',
      activations: 'activations',
    },
    legendCapacity: '80 GiB of GPU memory',
    tableSummary: 'The numbers per stage',
    tableCaption: 'Memory per GPU (GiB); offloaded parts are not on the GPU',
    columns: [
      'Stage',
      'Parameters',
      'Gradients',
      'Optimizer state',
      'Activations',
      'GPU total',
      'CPU (offloaded)',
    ],
    formula:
      'Model states (ZeRO, K = 12): 16-bit parameters 2Ψ, 16-bit gradients 2Ψ, fp32 master weights with Adam’s m and v 12Ψ; ZeRO-1 divides the 12Ψ by N_d, ZeRO-2 the gradients too, ZeRO-3 the parameters too; with tensor parallelism each GPU starts from Ψ/t. Activations (Korthikanti et al. 2022, Table 2) per layer: without tensor parallelism sbh(34 + 5as/h); with it sbh(10 + 24/t + 5as/(ht)); adding sequence parallelism sbh(34/t + 5as/(ht)); selective recomputation drops the 5as… term; full recomputation keeps 2sbh.',
    caveat:
      'The activation formula is derived for a GPT-3-style layer (multi-head attention, a 4h GeLU MLP); Llama’s SwiGLU MLP and the 70B’s grouped-query attention store somewhat different amounts, so read the activation bar as an estimate. Pipeline parallelism is not modelled: every GPU holds all L layers. ZeRO-3 gathers each layer’s parameters onto the GPU for a moment in the forward and backward passes; that working memory (capped in DeepSpeed by stage3_max_live_parameters) is not counted either.',
  },
};

export type MemoryText = (typeof TEXT)['zh'];

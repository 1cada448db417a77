import type { FinetuneMethod } from '@/lib/calculators/finetune-memory';
import type { MemoryField, MemoryPresetKey } from './memory';
import type { Spectrum, SvdField } from './svd-matrix';

/** The memory part of a chart, table and legend. */
export type MemoryPart = 'weights' | 'gradients' | 'optimizerStates' | 'quantConstants';

/** The lora lab's memory and SVD tabs, Chinese first. */
export const MORE_TEXT = {
  zh: {
    // memory
    memoryFields: {
      params: '基座模型参数量 Ψ',
      trainable: 'LoRA 可训练参数量',
    } satisfies Record<MemoryField, string>,
    doubleQuant: '双重量化（bnb_4bit_use_double_quant，QLoRA 只此一项受影响）',
    memoryPresets: '预设',
    memoryPresetNames: {
      'llama2-qv8': 'Llama 2 7B，q、v，r = 8',
      'llama3-all16': 'Llama 3 8B，全部线性层，r = 16',
      '65b': '65B 模型，适配器占 0.2%',
    } satisfies Record<MemoryPresetKey, string>,
    memoryPresetNotes: {
      'llama2-qv8': '可训练参数量取自“参数量”标签页的同一组 lib 调用。',
      'llama3-all16': '可训练参数量取自“参数量”标签页的同一组 lib 调用。',
      '65b': 'QLoRA 论文最大的模型规模；§2 说常用的 LoRA 参数量约为原模型的 0.2%。',
    } satisfies Record<MemoryPresetKey, string>,
    memoryReadout: (full: string, lora: string, qlora: string) =>
      `模型状态：全量微调 ${full} · LoRA ${lora} · QLoRA ${qlora}`,
    methods: { full: '全量微调', lora: 'LoRA', qlora: 'QLoRA' } satisfies Record<FinetuneMethod, string>,
    parts: {
      weights: '权重',
      gradients: '梯度',
      optimizerStates: '优化器状态',
      quantConstants: '量化常数',
    } satisfies Record<MemoryPart, string>,
    dqSaving: (saved: string) =>
      `双重量化让 QLoRA 少占 ${saved}（每个参数的量化常数从 0.5 比特降到约 0.127 比特）。`,
    memoryRules: [
      '全量微调：混合精度 Adam，每个参数 16 字节（16 位权重 2 + 梯度 2 + fp32 主权重、动量、方差 12；ZeRO §3.1）。',
      'LoRA：冻结的基座只留 16 位权重（2 字节/参数），没有梯度和优化器状态；适配器照常训练，每个参数同样 16 字节（PEFT 默认把适配器升到 fp32，4 + 4 + 8 也是 16）。',
      'QLoRA：基座用 4 位 NF4（0.5 字节/参数），每 64 个权重一个 fp32 absmax 常数；双重量化把常数压成 8 位、每 256 个再配一个 fp32 常数（Dettmers 等，2023，§3）。',
    ],
    memoryCaveat:
      '不含激活值（随序列长度和批大小变化），也不含 CUDA 上下文和碎片。这里把全部基座参数都按 4 位计；bitsandbytes 实际只量化线性层，嵌入、归一化和输出头仍是 16 位，真实占用略高。',
    memoryChartTitle: '三种微调方式的模型状态显存',
    memoryChartSummary: (readout: string) => `堆叠柱状图，单位 GiB。${readout}。`,
    memoryY: '显存（GiB）',
    memoryTableSummary: '查看每一部分的字节数',
    memoryTableCaption: '各方式各部分的显存（GiB，二进制单位）',
    memoryColumns: ['方式', '权重', '梯度', '优化器状态', '量化常数', '合计'],

    // svd
    svdFields: { seed: '随机种子', rank: '保留的秩 r（可输入）' } satisfies Record<SvdField, string>,
    spectrum: '权重更新 ΔW 的结构',
    spectra: {
      decaying: '低秩：4 个权重减半的秩一项 + 少量噪声',
      noise: '无结构：纯高斯噪声',
    } satisfies Record<Spectrum, string>,
    svdSlider: '拖动 r',
    svdPendingStatic:
      '截断 SVD 在浏览器里计算：打开这个标签页时才加载矩阵库（ml-matrix）；上方的控件和下方的矩阵 ΔW 已经就绪。',
    svdLoading: '正在加载矩阵库并计算 SVD……',
    svdFailed: '矩阵库没能加载（可能是网络问题）。',
    retry: '重试',
    svdReadout: (rank: number, max: number, error: string) =>
      `r = ${rank}（共 ${max}）：相对误差 ‖ΔW − ΔW_r‖_F / ‖ΔW‖_F = ${error}`,
    svdWaiting: (rank: number, max: number) => `r = ${rank}（共 ${max}）：相对误差待计算`,
    eckartYoung:
      '按 Eckart–Young 定理，保留前 r 个奇异值的截断 SVD 是所有秩 ≤ r 的矩阵里离 ΔW 最近的，误差恰为被丢掉的奇异值的平方和开根号。',
    svChartTitle: 'ΔW 的奇异值',
    svChartSummary: (values: string, rank: number) => `柱状图：奇异值 ${values}；前 ${rank} 个被保留。`,
    svX: '序号 i',
    svY: '奇异值 σᵢ',
    legendKept: '保留（i ≤ r）',
    legendDropped: '丢弃（i > r）',
    svColumns: ['i', 'σᵢ', '是否保留'],
    svTableCaption: '奇异值，从大到小',
    kept: '保留',
    dropped: '丢弃',
    errChartTitle: '相对误差随秩 r 的变化',
    errChartSummary: (errors: string) => `折线图：r = 1 … 10 的相对误差依次为 ${errors}。`,
    errX: '秩 r',
    errY: '相对误差',
    legendErr: '相对误差',
    legendAt: '当前的 r',
    errColumns: ['r', '相对误差'],
    errTableCaption: '每个秩的相对 Frobenius 误差',
    heatW: 'ΔW（12 × 10）',
    heatWr: (rank: number) => `ΔW_r，r = ${rank}`,
    heatSummary: (name: string) => `热力图：${name}，蓝色为正，橙色为负，颜色越深绝对值越大；数值见表格。`,
    heatCaption: (name: string) => `${name} 的各个元素`,
    heatRow: '行',
    heatKey: '蓝：正；橙：负',
  },
  en: {
    // memory
    memoryFields: {
      params: 'Base model parameters Ψ',
      trainable: 'LoRA trainable parameters',
    } satisfies Record<MemoryField, string>,
    doubleQuant: 'Double quantisation (bnb_4bit_use_double_quant; only QLoRA changes)',
    memoryPresets: 'Presets',
    memoryPresetNames: {
      'llama2-qv8': 'Llama 2 7B, q and v, r = 8',
      'llama3-all16': 'Llama 3 8B, every linear layer, r = 16',
      '65b': '65B model, adapters at 0.2%',
    } satisfies Record<MemoryPresetKey, string>,
    memoryPresetNotes: {
      'llama2-qv8': 'The adapter count comes from the same lib calls as the Parameters tab.',
      'llama3-all16': 'The adapter count comes from the same lib calls as the Parameters tab.',
      '65b':
        'The QLoRA paper’s largest model size; its §2 calls LoRA weights of about 0.2% of the model commonly used.',
    } satisfies Record<MemoryPresetKey, string>,
    memoryReadout: (full: string, lora: string, qlora: string) =>
      `Model states: full fine-tuning ${full} · LoRA ${lora} · QLoRA ${qlora}`,
    methods: { full: 'Full fine-tuning', lora: 'LoRA', qlora: 'QLoRA' } satisfies Record<
      FinetuneMethod,
      string
    >,
    parts: {
      weights: 'weights',
      gradients: 'gradients',
      optimizerStates: 'optimizer states',
      quantConstants: 'quantisation constants',
    } satisfies Record<MemoryPart, string>,
    dqSaving: (saved: string) =>
      `Double quantisation saves QLoRA ${saved} (constants drop from 0.5 to about 0.127 bits per parameter).`,
    memoryRules: [
      'Full fine-tuning: mixed-precision Adam, 16 bytes per parameter (16-bit weights 2 + gradients 2 + fp32 master weights, momentum and variance 12; ZeRO §3.1).',
      'LoRA: the frozen base keeps only its 16-bit weights (2 bytes per parameter) — no gradients, no optimizer state; the adapters train as usual at 16 bytes each (PEFT upcasts adapters to fp32 by default: 4 + 4 + 8, also 16).',
      'QLoRA: a 4-bit NF4 base (0.5 bytes per parameter) with one fp32 absmax constant per 64 weights; double quantisation stores the constants in 8 bits with one fp32 constant per 256 of them (Dettmers et al. 2023, §3).',
    ],
    memoryCaveat:
      'Activations are not included (they grow with sequence length and batch size), nor the CUDA context and fragmentation. Every base parameter is counted at 4 bits here; bitsandbytes quantises only the linear layers, so embeddings, norms and the output head stay 16-bit and real use is a little higher.',
    memoryChartTitle: 'Model-state memory of the three ways to fine-tune',
    memoryChartSummary: (readout: string) => `Stacked bar chart in GiB. ${readout}.`,
    memoryY: 'Memory (GiB)',
    memoryTableSummary: 'Bytes of every part',
    memoryTableCaption: 'Memory of each part for each method (GiB, binary units)',
    memoryColumns: ['Method', 'Weights', 'Gradients', 'Optimizer states', 'Quant. constants', 'Total'],

    // svd
    svdFields: { seed: 'Random seed', rank: 'Rank kept r (type any value)' } satisfies Record<
      SvdField,
      string
    >,
    spectrum: 'Structure of the update ΔW',
    spectra: {
      decaying: 'low rank: 4 rank-1 terms with halving weights + a little noise',
      noise: 'no structure: Gaussian noise only',
    } satisfies Record<Spectrum, string>,
    svdSlider: 'Drag r',
    svdPendingStatic:
      'The truncated SVD runs in your browser: the matrix library (ml-matrix) loads only when this tab is shown. The controls above and the matrix ΔW below are ready.',
    svdLoading: 'Loading the matrix library and computing the SVD…',
    svdFailed: 'The matrix library did not load (perhaps a network problem).',
    retry: 'Retry',
    svdReadout: (rank: number, max: number, error: string) =>
      `r = ${rank} of ${max}: relative error ‖ΔW − ΔW_r‖_F / ‖ΔW‖_F = ${error}`,
    svdWaiting: (rank: number, max: number) => `r = ${rank} of ${max}: relative error not computed yet`,
    eckartYoung:
      'By the Eckart–Young theorem the truncated SVD that keeps the first r singular values is the closest matrix of rank ≤ r to ΔW, and its error is exactly the root of the sum of the dropped singular values squared.',
    svChartTitle: 'Singular values of ΔW',
    svChartSummary: (values: string, rank: number) =>
      `Bar chart: singular values ${values}; the first ${rank} are kept.`,
    svX: 'Index i',
    svY: 'Singular value σᵢ',
    legendKept: 'kept (i ≤ r)',
    legendDropped: 'dropped (i > r)',
    svColumns: ['i', 'σᵢ', 'Kept?'],
    svTableCaption: 'Singular values, largest first',
    kept: 'kept',
    dropped: 'dropped',
    errChartTitle: 'Relative error against the rank r',
    errChartSummary: (errors: string) => `Line chart: the relative errors at r = 1 … 10 are ${errors}.`,
    errX: 'Rank r',
    errY: 'Relative error',
    legendErr: 'relative error',
    legendAt: 'current r',
    errColumns: ['r', 'Relative error'],
    errTableCaption: 'Relative Frobenius error at every rank',
    heatW: 'ΔW (12 × 10)',
    heatWr: (rank: number) => `ΔW_r, r = ${rank}`,
    heatSummary: (name: string) =>
      `Heatmap of ${name}: blue positive, orange negative, darker for a larger magnitude; the numbers are in the table.`,
    heatCaption: (name: string) => `The entries of ${name}`,
    heatRow: 'row',
    heatKey: 'blue: positive; orange: negative',
  },
};

export type MoreText = (typeof MORE_TEXT)['zh'];

import type { FieldError } from '@/components/demos/shared/number-field';
import type { LoraTarget } from '@/lib/calculators/lora';
import type { TargetPresetKey } from './params';
import type { ScalingField } from './scaling';
import type { TabKey } from './tabs';

/** The lora lab's frame, parameter tab and scaling tab, Chinese first (memory and SVD: text-more.ts). */
export const TEXT = {
  zh: {
    title: 'LoRA 实验台：参数量、缩放、显存与低秩',
    hint: '四个标签页各算一件事：LoRA 训练多少参数，α/r 与 α/√r 两种缩放，全量微调、LoRA、QLoRA 的显存，以及一个权重更新的截断 SVD。每个数都来自本站 lib。',
    tablist: 'LoRA 实验台的标签页',
    tabs: { params: '参数量', scaling: '缩放 α/r', memory: '显存', svd: '低秩 SVD' } satisfies Record<
      TabKey,
      string
    >,
    kept: '下方仍是上一次有效输入的结果。',
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    libError: (message: string) => `lib 拒绝了这个输入：${message}`,

    // params
    model: '模型（Hugging Face config.json）',
    targets: '要加 LoRA 的线性层（target_modules）',
    rank: '秩 r',
    targetPresets: '常用组合',
    targetPresetNames: {
      qv: 'q、v（LoRA 论文）',
      attention: '注意力四个投影',
      all: '全部线性层（QLoRA）',
    } satisfies Record<TargetPresetKey, string>,
    rankPresets: '常用的秩',
    paramsReadout: (trainable: string, percent: string, all: string) =>
      `可训练参数 ${trainable}，占全部 ${all} 个参数的 ${percent}%`,
    fullNote: (base: string, name: string) => `全量微调要训练 ${name} 的全部 ${base} 个参数。`,
    allNote: '“全部参数”= 基座参数 + LoRA 新增的参数，与 PEFT 的 print_trainable_parameters() 口径相同。',
    peftMatch: (text: string) => `PEFT 对这一设置打印的正是：${text}`,
    zeroRank: '秩 r 必须 ≥ 1：r = 0 时没有可训练参数，PEFT 的 update_layer 也会直接报错。',
    noTargets: '至少选一个线性层，LoRA 才有可训练的参数。',
    tooLarge: '这个秩算出的参数量超过 2⁵³，无法精确显示；请用小一些的 r。',
    overRank: (rank: string, modules: string) =>
      `r = ${rank} 超过了 ${modules} 的 min(d, k)。PEFT 允许这样设，但 ΔW = BA 的秩不会超过 min(d, k)，多出来的秩只增加参数，不增加表达能力。`,
    tableCaption: (layers: number, rank: string) =>
      `每个被适配的模块：${layers} 层，每层 r(d + k)，r = ${rank}`,
    columns: ['模块', '形状 d × k（输出 × 输入）', '每层 r(d + k)', `× 层数`, '占该模块权重'],
    targetNames: {
      q: 'q_proj（W_q）',
      k: 'k_proj（W_k）',
      v: 'v_proj（W_v）',
      o: 'o_proj（W_o）',
      gate: 'gate_proj',
      up: 'up_proj',
      down: 'down_proj',
    } satisfies Record<LoraTarget, string>,

    // scaling
    alpha: 'lora_alpha（α）',
    scalingFields: { alpha: 'lora_alpha（α）', rank: '秩 r' } satisfies Record<ScalingField, string>,
    slider: '拖动 r',
    scalingReadout: (standard: string, rslora: string) => `α/r = ${standard}，rsLoRA 的 α/√r = ${rslora}`,
    flags: 'PEFT：use_rslora=False 用 α/r，use_rslora=True 用 α/√r（LoraLayer.update_layer 里的 scaling）。',
    why: '为什么 rsLoRA 在大 r 下仍能学习：用 α/r 时，秩越大，适配器的输出和梯度按 1/r 变小，高秩反而学得更慢；Kalajdzievski（2023）证明要除以 √r 才能让它们在任何 r 下保持同一量级，于是增大 r 换来的是效果而不是停滞。',
    chartTitle: '两种缩放因子随秩 r 的变化',
    chartSummary: (alpha: string, readout: string) =>
      `对数坐标折线图，α = ${alpha}：α/r 的斜率是 −1，α/√r 的斜率是 −1/2，两者只在 r = 1 时相等。${readout}。`,
    x: '秩 r（对数刻度）',
    y: '缩放因子',
    yLog: '缩放因子（对数刻度）',
    legendStandard: 'α/r（LoRA）',
    legendRslora: 'α/√r（rsLoRA）',
    legendAt: '当前的 r',
    scalingTableCaption: '若干秩下的两种缩放因子',
    scalingColumns: ['r', 'α/r', 'α/√r'],
  },
  en: {
    title: 'LoRA lab: parameters, scaling, memory and low rank',
    hint: 'Each tab computes one thing: how many parameters LoRA trains, the α/r and α/√r scalings, the memory of full fine-tuning, LoRA and QLoRA, and the truncated SVD of a weight update. Every number comes from this site’s lib.',
    tablist: 'Tabs of the LoRA lab',
    tabs: {
      params: 'Parameters',
      scaling: 'Scaling α/r',
      memory: 'Memory',
      svd: 'Low-rank SVD',
    } satisfies Record<TabKey, string>,
    kept: 'The numbers below are from the last valid input.',
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    libError: (message: string) => `lib rejects this input: ${message}`,

    // params
    model: 'Model (Hugging Face config.json)',
    targets: 'Linear layers to adapt (target_modules)',
    rank: 'Rank r',
    targetPresets: 'Common sets',
    targetPresetNames: {
      qv: 'q, v (LoRA paper)',
      attention: 'the four attention projections',
      all: 'every linear layer (QLoRA)',
    } satisfies Record<TargetPresetKey, string>,
    rankPresets: 'Common ranks',
    paramsReadout: (trainable: string, percent: string, all: string) =>
      `Trainable parameters ${trainable}, ${percent}% of all ${all}`,
    fullNote: (base: string, name: string) => `Full fine-tuning trains all ${base} parameters of ${name}.`,
    allNote:
      '“All” = the base model’s parameters + the ones LoRA adds, as PEFT’s print_trainable_parameters() counts them.',
    peftMatch: (text: string) => `PEFT prints exactly this for the setting: ${text}`,
    zeroRank: 'The rank r must be ≥ 1: r = 0 trains nothing, and PEFT’s update_layer raises an error for it.',
    noTargets: 'Pick at least one linear layer, or LoRA has nothing to train.',
    tooLarge: 'This rank gives a count above 2⁵³, which cannot be shown exactly; use a smaller r.',
    overRank: (rank: string, modules: string) =>
      `r = ${rank} is above min(d, k) of ${modules}. PEFT accepts it, but ΔW = BA cannot have rank above min(d, k): the extra rank adds parameters and no expressiveness.`,
    tableCaption: (layers: number, rank: string) =>
      `Each adapted module: ${layers} layers, r(d + k) per layer, r = ${rank}`,
    columns: ['Module', 'Shape d × k (out × in)', 'Per layer r(d + k)', '× layers', 'Share of the module'],
    targetNames: {
      q: 'q_proj (W_q)',
      k: 'k_proj (W_k)',
      v: 'v_proj (W_v)',
      o: 'o_proj (W_o)',
      gate: 'gate_proj',
      up: 'up_proj',
      down: 'down_proj',
    } satisfies Record<LoraTarget, string>,

    // scaling
    alpha: 'lora_alpha (α)',
    scalingFields: { alpha: 'lora_alpha (α)', rank: 'Rank r' } satisfies Record<ScalingField, string>,
    slider: 'Drag r',
    scalingReadout: (standard: string, rslora: string) => `α/r = ${standard}, rsLoRA α/√r = ${rslora}`,
    flags:
      'PEFT: use_rslora=False scales by α/r, use_rslora=True by α/√r (scaling in LoraLayer.update_layer).',
    why: 'Why rsLoRA keeps learning at high r: with α/r the adapter’s output and its gradients shrink like 1/r as the rank grows, so higher ranks learn more slowly; Kalajdzievski (2023) proves that dividing by √r keeps them the same size at every r, so a larger r buys quality instead of a stall.',
    chartTitle: 'Both scaling factors against the rank r',
    chartSummary: (alpha: string, readout: string) =>
      `Log–log line chart, α = ${alpha}: α/r has slope −1, α/√r slope −1/2; they agree only at r = 1. ${readout}.`,
    x: 'Rank r (log scale)',
    y: 'Scaling factor',
    yLog: 'Scaling factor (log scale)',
    legendStandard: 'α/r (LoRA)',
    legendRslora: 'α/√r (rsLoRA)',
    legendAt: 'current r',
    scalingTableCaption: 'Both scaling factors at a few ranks',
    scalingColumns: ['r', 'α/r', 'α/√r'],
  },
};

export type LabText = (typeof TEXT)['zh'];

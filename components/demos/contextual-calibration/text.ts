import type { FieldError } from '@/components/demos/shared/number-field';
import type { Change, Where } from './model';
import type { LabelKey, PresetKey } from './presets';

/** The contextual-calibration demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '上下文校准：用“N/A”的概率抵消提示带来的偏置',
    hint: '一个少样本情感分类器在 8 条影评上给出的标签概率，以及同一个提示下它给不含内容的输入“N/A”的概率。校准把每条输入的概率逐项除以“N/A”的对应概率，再归一化（lib 的 contextualCalibration，Zhao 等 2021），表中对比校准前后的预测。所有数字都是手工编的示意数据，不是从哪个模型测出来的。',
    presets: '预设',
    presetNames: {
      majority: '多数标签偏置',
      recency: '近因偏置',
      balanced: '均衡的提示（三个标签）',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      majority:
        '设想的提示：示例里三条正面、一条负面，于是每条输入都偏向“正面”，“N/A”也得到 0.75 的正面概率。校准后只有正面概率超过 0.75 才判为正面：三条负面被改对，一条不温不火的正面（0.71）被改错。',
      recency:
        '设想的提示：正负示例各两条，但最后一条是负面，于是输入都偏向“负面”，“N/A”只得到 0.35 的正面概率。校准后正面概率超过 0.35 就判为正面：两条被改对，0.30 的那条仍然错，0.42 的一条负面被改错。',
      balanced:
        '设想的提示：三个标签各一条示例，顺序打乱。“N/A”的概率接近均匀，校准只让概率小幅移动，没有改变任何预测；原本错的那条依旧错。',
    } satisfies Record<PresetKey, string>,
    labels: { positive: '正面', negative: '负面', neutral: '中性' } satisfies Record<LabelKey, string>,
    contentFree: '不含内容的输入“N/A”在同一提示下的标签概率',
    cfLabel: (label: string) => `p(${label} | “N/A”)`,
    normalise: '归一化（每行各项除以该行之和）',
    columns: {
      index: '#',
      input: '输入',
      gold: '真实标签',
      raw: (label: string) => `p(${label})`,
      before: '校准前',
      calibrated: (label: string) => `q(${label})`,
      after: '校准后',
      change: '变化',
    },
    tableCaption:
      '每行：输入、真实标签、模型给出的标签概率 p（可编辑）、校准前的预测、校准后的概率 q（各项 p 除以“N/A”的概率再归一化）与预测。',
    probLabel: (row: number, label: string) => `第 ${row} 条输入的 p(${label})`,
    right: '✓ 对',
    wrong: '✗ 错',
    changeNames: { fixed: '改对了', broken: '改错了', same: '—' } satisfies Record<Change, string>,
    readout: (after: string, before: string) => `校准后准确率 ${after}（校准前 ${before}）`,
    score: (correct: number, total: number, accuracy: string) => `${correct}/${total} = ${accuracy}`,
    summary: (fixed: number, broken: number) => `校准改对了 ${fixed} 条输入，改错了 ${broken} 条。`,
    caveat:
      'Zhao 等把校准写成 softmax(Wp + b)，他们的代码取 argmax(Wp)；这里和 lib 一样把 Wp 除以它的和。三种写法选出的标签相同，但 q 的数值在另外两种写法下会不同。',
    where: (w: Where) => (w.kind === 'contentFree' ? '“N/A”那一行' : `第 ${w.row + 1} 条输入`),
    fieldError: (where: string, label: string, e: FieldError) =>
      e.kind === 'empty'
        ? `${where}的 p(${label}) 是空的。`
        : `${where}的 p(${label}) 里的“${e.text}”不是数字。`,
    entryError: (where: string, label: string, message: string) =>
      `${where}的 p(${label}) 必须是不小于 0 的有限数（lib：${message}）。`,
    sumError: (where: string, message: string) =>
      `${where}的概率之和必须是 1：它们是模型在各标签词上的概率，归一化之后才能比较。可以点“归一化”（lib：${message}）。`,
    zeroError: (label: string, message: string) =>
      `“N/A”的 p(${label}) 是 0：校准要除以它，0 不行。给它一个小的正数（lib：${message}）。`,
    libError: (message: string) => `lib 拒绝了这张表：${message}`,
    kept: '表中的预测和读数仍是上一次有效输入的结果。',
  },
  en: {
    title: 'Contextual calibration: cancelling a prompt’s bias with the “N/A” probabilities',
    hint: 'A few-shot sentiment classifier’s label probabilities on eight film reviews, and the probabilities the same prompt gives the content-free input “N/A”. Calibration divides each input’s probabilities by the “N/A” ones, label by label, and renormalises (lib’s contextualCalibration, Zhao et al. 2021); the table compares the predictions before and after. Every number is a hand-made illustration, not measured from a model.',
    presets: 'Presets',
    presetNames: {
      majority: 'Majority-label bias',
      recency: 'Recency bias',
      balanced: 'Balanced prompt (three labels)',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      majority:
        'Imagined prompt: three positive demonstrations and one negative, so every input leans positive and “N/A” gets p(positive) = 0.75. After calibration positive wins only above 0.75: three negatives are fixed, and one lukewarm positive (0.71) is broken.',
      recency:
        'Imagined prompt: two positive and two negative demonstrations, the last one negative, so inputs lean negative and “N/A” gets only p(positive) = 0.35. After calibration positive wins above 0.35: two inputs are fixed, the one at 0.30 stays wrong, and a negative at 0.42 is broken.',
      balanced:
        'Imagined prompt: one demonstration of each of three labels, in mixed order. “N/A” is close to uniform, so calibration moves the probabilities a little and changes no prediction; the one input that was wrong stays wrong.',
    } satisfies Record<PresetKey, string>,
    labels: { positive: 'positive', negative: 'negative', neutral: 'neutral' } satisfies Record<
      LabelKey,
      string
    >,
    contentFree: 'Label probabilities for the content-free input “N/A” under the same prompt',
    cfLabel: (label: string) => `p(${label} | “N/A”)`,
    normalise: 'Normalise (divide each row by its sum)',
    columns: {
      index: '#',
      input: 'Input',
      gold: 'Gold label',
      raw: (label: string) => `p(${label})`,
      before: 'Before',
      calibrated: (label: string) => `q(${label})`,
      after: 'After',
      change: 'Change',
    },
    tableCaption:
      'Each row: the input, its gold label, the model’s label probabilities p (editable), the prediction before calibration, the calibrated probabilities q (each p divided by the “N/A” probability, renormalised) and the prediction after.',
    probLabel: (row: number, label: string) => `Input ${row}: p(${label})`,
    right: '✓ right',
    wrong: '✗ wrong',
    changeNames: { fixed: 'fixed', broken: 'broken', same: '—' } satisfies Record<Change, string>,
    readout: (after: string, before: string) =>
      `Calibrated accuracy ${after} (before calibration: ${before})`,
    score: (correct: number, total: number, accuracy: string) => `${correct}/${total} = ${accuracy}`,
    summary: (fixed: number, broken: number) => `Calibration fixed ${fixed} inputs and broke ${broken}.`,
    caveat:
      'Zhao et al. write calibration as softmax(Wp + b) and their code takes argmax(Wp); this demo, like lib, divides Wp by its sum. All three pick the same label, but the q values would differ under the other two.',
    where: (w: Where) => (w.kind === 'contentFree' ? 'The “N/A” row' : `Input ${w.row + 1}`),
    fieldError: (where: string, label: string, e: FieldError) =>
      e.kind === 'empty'
        ? `${where}: p(${label}) is empty.`
        : `${where}: “${e.text}” in p(${label}) is not a number.`,
    entryError: (where: string, label: string, message: string) =>
      `${where}: p(${label}) must be a finite number ≥ 0 (lib: ${message}).`,
    sumError: (where: string, message: string) =>
      `${where}: the probabilities must sum to 1 — they are the model’s probabilities over the label words, renormalised so rows compare. “Normalise” rescales them (lib: ${message}).`,
    zeroError: (label: string, message: string) =>
      `p(${label} | “N/A”) is 0: calibration divides by it, so it cannot be 0. Give it a small positive value (lib: ${message}).`,
    libError: (message: string) => `lib refuses this table: ${message}`,
    kept: 'The predictions and readout still show the last valid table.',
  },
};

export type CcText = (typeof TEXT)['zh'];

import type { FieldError } from '@/components/demos/shared/number-field';
import { TEXT as PASS_AT_K_TEXT } from '@/components/demos/pass-at-k/text';
import { MAX_LIST, type ListError } from './state';

/** A typed entry quoted in a message, cut to 24 characters (code points) so a pasted essay stays short. */
const clip = (text: string) => {
  const chars = Array.from(text);
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : text;
};

/**
 * The agent-reliability demo's words, Chinese first. The n-shrank and n = 1 notes are the pass-at-k
 * demo's own (the same sliders behave the same way).
 */
export const TEXT = {
  zh: {
    title: '可靠性：pass@k 与 pass^k，多步任务的成功率复合',
    hint: '上半部分：同一任务跑 n 次、成功 c 次，比较“k 次里至少成功一次”（pass@k）与“k 次全部成功”（pass^k）。下半部分：m 步任务、每步成功率 p，可选每步失败后重试 r 次，看整体成功率与期望调用次数。',

    passHeading: 'pass@k 与 pass^k',
    n: '试验次数 n',
    c: '成功次数 c',
    k: '抽取次数 k',
    passReadout: (k: number, at: string, hat: string) => `k = ${k}：pass@${k} = ${at} · pass^${k} = ${hat}`,
    k1: 'k = 1：两者都等于成功率 c/n。',
    hatZero: 'c < k：成功的试验凑不满 k 次，pass^k = 0。',
    atOne: 'n − c < k：失败的试验凑不满 k 次，任取 k 次必含成功，pass@k = 1。',
    passWhy:
      'pass@k 问“k 次里至少成功一次吗”，随 k 上升，适合有验证器、可以挑出好结果的场景；pass^k 问“k 次都成功吗”，随 k 下降，对应用户每次都要拿到正确结果的场景。两者都从 n 次试验里不放回地取 k 次来无偏估计：pass@k = 1 − C(n−c, k)/C(n, k)，pass^k = C(c, k)/C(n, k)。',
    passSource:
      '出处：pass^k 由 τ-bench 提出（Yao et al. 2024，arXiv 2406.12045），指同一任务的 k 次独立同分布试验全部成功的概率；官方代码（sierra-research/tau-bench 的 tau_bench/run.py，display_metrics）对每个任务计算 C(c, k)/C(n, k) 再对任务取平均。pass@k 的无偏估计来自 HumanEval（Chen et al. 2021，式 1）。',
    clamp: PASS_AT_K_TEXT.zh.clamp,
    kFixed: PASS_AT_K_TEXT.zh.kFixed,
    passChartTitle: 'pass@k 与 pass^k 随 k 的变化',
    passChart: (n: number, c: number, k: number, at: string, hat: string) =>
      `n = ${n}、c = ${c} 时 pass@k 与 pass^k 随 k（1 到 ${n}）的变化；k = ${k} 处 pass@k = ${at}、pass^k = ${hat}；pass@k 随 k 上升，pass^k 随 k 下降，k = 1 时两者相等。`,
    passX: '抽取次数 k',
    y: '概率',
    legendAt: 'pass@k：至少一次成功',
    legendHat: 'pass^k：全部成功',
    passTableCaption: (n: number, c: number) => `n = ${n}、c = ${c} 时各个 k 的 pass@k 与 pass^k`,
    presets: '预设',
    flaky: '8 次成功 6 次，k = 4',
    coin: '10 次成功 5 次，k = 2',
    steady: '20 次成功 18 次，k = 10',

    chainHeading: '多步任务：成功率的复合',
    mode: '各步成功率',
    modes: { same: '每步相同', list: '逐步列出' },
    p: '单次尝试成功率 p',
    pHint: '0 到 1 的小数',
    m: '步数 m',
    list: '各步成功率 p₁, p₂, …',
    listHint: '逗号或空格分隔，最多 100 项',
    listCount: (m: number) => `共 ${m} 步`,
    r: '每步失败后最多重试 r 次',
    chainReadout: (m: number, r: number, s0: string, sr: string, e0: string, er: string, max: number) =>
      r === 0
        ? `${m} 步：成功率 ${s0} · 期望调用 ${e0} 次（最多 ${max} 次）`
        : `${m} 步：成功率 ${s0}（不重试）→ ${sr}（重试 ${r} 次）· 期望调用 ${e0} → ${er} 次（最多 ${max} 次）`,
    stepLine: (p: string, s: string, r: number) =>
      r === 0 ? `单步成功率 ${p}（不重试）。` : `单步成功率：${p} → 1 − (1 − p)^(1 + ${r}) = ${s}。`,
    chainWhy:
      '不重试时，整体成功率是各步成功率的乘积 Πpᵢ：每一步都很可靠，连乘许多步后整体仍会明显下降，最弱的一步拖累最多。重试把单步成功率提高到 1 − (1 − pᵢ)^(1+r)，代价是更多调用。',
    assumption:
      '假设：每次失败都能被发现（测试、格式校验或报错），重试是独立的新尝试、成功率不变；某一步用完全部尝试仍失败时任务终止，后面的步骤不再调用。真实的重试常常重复同一个错误，所以重试后的数字是乐观的上界。',
    pError: (e: FieldError) =>
      e.kind === 'empty' ? 'p 为空：请输入 0 到 1 之间的数。' : `p：“${clip(e.text)}”不是数字。`,
    listError: (e: ListError) => {
      switch (e.kind) {
        case 'empty':
          return '列表为空：请至少写一步的成功率。';
        case 'tooLong':
          return '列表文本太长。';
        case 'tooMany':
          return `列表有 ${e.count} 项，最多 ${MAX_LIST} 项。`;
        case 'notNumber':
          return `第 ${e.index + 1} 项“${clip(e.text)}”不是数字。`;
      }
    },
    libError: (field: 'p' | 'list', message: string) => `${field === 'p' ? 'p' : '列表'}：${message}`,
    kept: '下面仍显示上一次有效的结果。',
    chainChartTitle: '每一步之后任务仍在正轨上的概率',
    chainChart: (m: number, r: number, s0: string, sr: string) =>
      r === 0
        ? `${m} 步任务每一步之后仍未失败的概率，从 1 降到 ${s0}。`
        : `${m} 步任务每一步之后仍未失败的概率：不重试时降到 ${s0}，每步重试 ${r} 次时降到 ${sr}。`,
    chainX: '已完成的步数',
    chainY: '仍未失败的概率',
    legendPlain: '不重试',
    legendRetried: (r: number) => `每步最多重试 ${r} 次`,
    chainTable: '逐步数值',
    chainTableCaption: (m: number, r: number) => `${m} 步、每步最多重试 ${r} 次时的逐步数值`,
    chainColumns: (r: number) => [
      '步骤',
      'p',
      '不重试：累计',
      `重试 ${r} 次：单步`,
      `重试 ${r} 次：累计`,
      '到达时期望调用',
    ],
    chainPresets: '预设',
    long: '20 步 × 0.95，不重试',
    retry: '20 步 × 0.95，重试 1 次',
    mixed: '5 步，难度不同',
  },
  en: {
    title: 'Reliability: pass@k vs pass^k, and how success compounds over steps',
    hint: 'Top: run one task n times with c successes and compare "at least one of k tries succeeds" (pass@k) with "all k tries succeed" (pass^k). Bottom: a task of m steps, each succeeding with probability p, optionally retried up to r times after a failure: the end-to-end success and the expected number of calls.',

    passHeading: 'pass@k and pass^k',
    n: 'Trials n',
    c: 'Successes c',
    k: 'Tries k',
    passReadout: (k: number, at: string, hat: string) => `k = ${k}: pass@${k} = ${at} · pass^${k} = ${hat}`,
    k1: 'k = 1: both equal the success rate c/n.',
    hatZero: 'c < k: there are fewer than k successes to draw, so pass^k = 0.',
    atOne: 'n − c < k: there are fewer than k failures, so any k trials include a success and pass@k = 1.',
    passWhy:
      'pass@k asks "does at least one of k tries succeed?" and rises with k; it fits settings where a verifier can pick the good result. pass^k asks "do all k tries succeed?" and falls with k; it fits settings where every user must get it right. Both are unbiased estimates that draw k of the n trials without replacement: pass@k = 1 − C(n−c, k)/C(n, k), pass^k = C(c, k)/C(n, k).',
    passSource:
      'Sources: pass^k comes from τ-bench (Yao et al. 2024, arXiv 2406.12045): the chance that all k i.i.d. trials of the same task succeed; the official code (sierra-research/tau-bench, tau_bench/run.py, display_metrics) computes C(c, k)/C(n, k) per task and averages over tasks. The unbiased pass@k estimator is HumanEval’s (Chen et al. 2021, eq. 1).',
    clamp: PASS_AT_K_TEXT.en.clamp,
    kFixed: PASS_AT_K_TEXT.en.kFixed,
    passChartTitle: 'pass@k and pass^k against k',
    passChart: (n: number, c: number, k: number, at: string, hat: string) =>
      `pass@k and pass^k against k from 1 to ${n}, for n = ${n} and c = ${c}; at k = ${k} pass@k = ${at}, pass^k = ${hat}; pass@k rises with k, pass^k falls, and they are equal at k = 1.`,
    passX: 'Tries k',
    y: 'Probability',
    legendAt: 'pass@k: at least one succeeds',
    legendHat: 'pass^k: all succeed',
    passTableCaption: (n: number, c: number) => `pass@k and pass^k at every k for n = ${n}, c = ${c}`,
    presets: 'Presets',
    flaky: '6 of 8 succeed, k = 4',
    coin: '5 of 10 succeed, k = 2',
    steady: '18 of 20 succeed, k = 10',

    chainHeading: 'Multi-step tasks: success compounds',
    mode: 'Per-step success',
    modes: { same: 'Same for every step', list: 'One per step' },
    p: 'Success of one try p',
    pHint: 'a decimal in [0, 1]',
    m: 'Steps m',
    list: 'Per-step success p₁, p₂, …',
    listHint: 'separated by commas or spaces, at most 100',
    listCount: (m: number) => `${m} steps`,
    r: 'Retries per step r',
    chainReadout: (m: number, r: number, s0: string, sr: string, e0: string, er: string, max: number) =>
      r === 0
        ? `${m} steps: success ${s0} · expected calls ${e0} (at most ${max})`
        : `${m} steps: success ${s0} (no retries) → ${sr} (${r} ${r === 1 ? 'retry' : 'retries'}) · expected calls ${e0} → ${er} (at most ${max})`,
    stepLine: (p: string, s: string, r: number) =>
      r === 0
        ? `One step succeeds with ${p} (no retries).`
        : `One step: ${p} → 1 − (1 − p)^(1 + ${r}) = ${s}.`,
    chainWhy:
      'Without retries the end-to-end success is the product of the steps, Πpᵢ: steps that each look reliable still multiply down over many steps, and the weakest step costs most. Retries lift a step to 1 − (1 − pᵢ)^(1+r), paid for in calls.',
    assumption:
      'Assumed: every failure is detected (a test, a schema check, an error) and a retry is a fresh, independent try with the same p; a step that fails all its tries ends the run, so later steps are never called. Real retries often repeat the same mistake, so the retried numbers are an optimistic upper bound.',
    pError: (e: FieldError) =>
      e.kind === 'empty'
        ? 'p is empty: type a number between 0 and 1.'
        : `p: "${clip(e.text)}" is not a number.`,
    listError: (e: ListError) => {
      switch (e.kind) {
        case 'empty':
          return 'The list is empty: give at least one step’s success.';
        case 'tooLong':
          return 'The list text is too long.';
        case 'tooMany':
          return `The list has ${e.count} entries; at most ${MAX_LIST} are allowed.`;
        case 'notNumber':
          return `Entry ${e.index + 1}, "${clip(e.text)}", is not a number.`;
      }
    },
    libError: (field: 'p' | 'list', message: string) => `${field === 'p' ? 'p' : 'List'}: ${message}`,
    kept: 'The last valid result stays below.',
    chainChartTitle: 'Chance the task is still on track after each step',
    chainChart: (m: number, r: number, s0: string, sr: string) =>
      r === 0
        ? `The chance a ${m}-step task has not failed yet after each step, falling from 1 to ${s0}.`
        : `The chance a ${m}-step task has not failed yet after each step: down to ${s0} without retries, ${sr} with ${r} per step.`,
    chainX: 'Steps done',
    chainY: 'Not failed yet',
    legendPlain: 'No retries',
    legendRetried: (r: number) => `Up to ${r} ${r === 1 ? 'retry' : 'retries'} per step`,
    chainTable: 'Step by step',
    chainTableCaption: (m: number, r: number) =>
      `Step-by-step numbers for ${m} steps with up to ${r} retries`,
    chainColumns: (r: number) => [
      'Step',
      'p',
      'No retries: so far',
      `${r} retries: step`,
      `${r} retries: so far`,
      'Expected calls if reached',
    ],
    chainPresets: 'Presets',
    long: '20 steps × 0.95, no retries',
    retry: '20 steps × 0.95, 1 retry',
    mixed: '5 steps of mixed difficulty',
  },
};

export type ReliabilityText = (typeof TEXT)['zh'];

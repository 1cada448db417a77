import type { FieldError } from '@/components/demos/shared/number-field';
import type { PresetKey } from './histogram';

/** Which policy scores more under one grading rule (`tie` within rounding). */
export type Winner = 'guess' | 'tie' | 'above';

const fieldZh = (e: FieldError) => (e.kind === 'empty' ? '不能为空' : `“${e.text}” 不是数字`);
const fieldEn = (e: FieldError) => (e.kind === 'empty' ? 'is empty' : `“${e.text}” is not a number`);

/** The abstention-scoring demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '弃答计分：只看准确率时，猜总比说“不知道”划算',
    hint: '假设模型是校准的：置信度 c 就是它答对的概率。每个档位的题数可改。比较两种策略——“每题都答”和“只在 c > t 时作答，否则回答‘我不知道’”——在两种评分下的期望得分：只看准确率（答对 1 分，答错和弃答都是 0 分），以及 Kalai 等人 2025 年 §4.2 提出的显式置信度目标（答对 1 分、弃答 0 分、答错扣 t/(1 − t) 分）。所有分数由 lib/frontiers 的 compareAbstention 算出，是每道题的平均期望得分。',
    threshold: '置信度目标 t',
    counts: '各置信度档位的题数',
    bin: (c: string) => `c = ${c}`,
    presets: '预设',
    presetNames: {
      mixed: '混合（100 题）',
      confident: '大多有把握',
      guesser: '大多在猜',
      bimodal: '要么会、要么完全不会',
    } satisfies Record<PresetKey, string>,
    readout: (t: string, penalty: string, ga: string, aa: string, gp: string, ap: string) =>
      `只看准确率：每题都答 ${ga}，只答 c > ${t} 的 ${aa} · 错答扣 ${penalty} 分：每题都答 ${gp}，只答 c > ${t} 的 ${ap}`,
    verdictAccuracy: (w: Winner): string =>
      w === 'guess'
        ? '只看准确率时，每题都答得分更高：弃答拿不到分，而猜总有机会答对（论文 §4.1 的观察 1）。'
        : w === 'tie'
          ? '只看准确率时两种策略同分：没有题落在阈值以下，弃答不损失任何分数。'
          : '只看准确率时只答高置信度的题反而更高。',
    verdictPenalty: (w: Winner, t: string): string =>
      w === 'above'
        ? `错答扣分后，只在 c > ${t} 时作答得分更高：每道 c ≤ ${t} 的题作答的期望得分 ≤ 0，不如弃答。`
        : w === 'tie'
          ? `错答扣分后两种策略同分：置信度不高于 ${t} 的题（如果有）作答的期望得分恰好是 0。`
          : '错答扣分后每题都答反而更高。',
    typo: '注意：论文正文写“t = 0.75（罚 2 分）”，但按它自己的公式 t/(1 − t)，0.75/0.25 = 3。这里按公式计算。',
    tableCaption: (t: string) => `两种策略在 t = ${t} 下的期望结果（占全部题目的比例）`,
    columns: ['策略', '作答比例', '期望错答（幻觉）', '只看准确率得分', '错答扣分后得分'],
    policies: { guess: '每题都答', above: (t: string) => `只答 c > ${t}` },
    chartTitle: '各置信度档位的题数',
    chartSummary: (n: number, answered: number, t: string) =>
      `直方图：${n} 道题按置信度分成 10 档；阈值 t = ${t} 以上的 ${answered} 道题作答，其余弃答。`,
    x: '置信度 c（答对的概率）',
    y: '题数',
    legendAnswered: '作答（c > t）',
    legendAbstained: '弃答（c ≤ t）',
    legendThreshold: '阈值 t',
    binTable: '各档位的数值',
    binCaption: (t: string, penalty: string) =>
      `每档作答一题的期望得分：只看准确率时是 c，错答扣 ${penalty} 分时是 c − (1 − c)·${penalty}（t = ${t}）；弃答恒为 0`,
    binColumns: ['置信度 c', '题数', '决定', '作答得分（只看准确率）', '作答得分（扣分）'],
    decision: (answer: boolean): string => (answer ? '作答' : '弃答'),
    fieldError: (bin: string, e: FieldError) => `${bin} 的题数${fieldZh(e)}。`,
    libError: (message: string) => `无法计算：${message}。`,
    kept: '下方仍显示上一次有效的结果。',
  },
  en: {
    title: 'Abstention scoring: under accuracy-only grading, guessing beats “I don’t know”',
    hint: 'The model is assumed calibrated: confidence c is its probability of being right. Edit how many questions fall in each bin. Two policies — answer every question, or answer only when c > t and otherwise say “I don’t know” — are scored under two rules: accuracy only (right 1, wrong and abstain 0), and the explicit confidence target of Kalai et al. 2025, §4.2 (right 1, abstain 0, wrong −t/(1 − t)). Every score comes from compareAbstention in lib/frontiers and is the expected mean score per question.',
    threshold: 'Confidence target t',
    counts: 'Questions per confidence bin',
    bin: (c: string) => `c = ${c}`,
    presets: 'Presets',
    presetNames: {
      mixed: 'Mixed (100 questions)',
      confident: 'Mostly confident',
      guesser: 'Mostly guessing',
      bimodal: 'Knows it or has no idea',
    } satisfies Record<PresetKey, string>,
    readout: (t: string, penalty: string, ga: string, aa: string, gp: string, ap: string) =>
      `Accuracy only: answer all ${ga}, answer only c > ${t} ${aa} · Mistake costs ${penalty}: answer all ${gp}, answer only c > ${t} ${ap}`,
    verdictAccuracy: (w: Winner): string =>
      w === 'guess'
        ? 'Under accuracy only, answering everything scores more: abstaining earns nothing while a guess may be right (Observation 1 in §4.1 of the paper).'
        : w === 'tie'
          ? 'Under accuracy only both policies tie: no question is at or below the threshold, so abstaining loses nothing.'
          : 'Under accuracy only, answering only the confident questions scores more.',
    verdictPenalty: (w: Winner, t: string): string =>
      w === 'above'
        ? `With the penalty, answering only when c > ${t} scores more: a question with c ≤ ${t} has an expected score ≤ 0 when answered, no better than abstaining.`
        : w === 'tie'
          ? `With the penalty both policies tie: the questions at or below ${t}, if any, expect exactly 0 when answered.`
          : 'With the penalty, answering everything scores more.',
    typo: 'Note: the paper’s text says “t = 0.75 (penalty 2)”, but its own formula t/(1 − t) gives 0.75/0.25 = 3. The demo follows the formula.',
    tableCaption: (t: string) => `Expected outcome of each policy at t = ${t} (shares of all questions)`,
    columns: [
      'Policy',
      'Answered',
      'Expected wrong (hallucinated)',
      'Accuracy-only score',
      'Penalised score',
    ],
    policies: { guess: 'Answer all', above: (t: string) => `Answer only c > ${t}` },
    chartTitle: 'Questions per confidence bin',
    chartSummary: (n: number, answered: number, t: string) =>
      `Histogram: ${n} questions in 10 confidence bins; the ${answered} above the threshold t = ${t} are answered, the rest abstained on.`,
    x: 'Confidence c (probability of being right)',
    y: 'Questions',
    legendAnswered: 'answered (c > t)',
    legendAbstained: 'abstained (c ≤ t)',
    legendThreshold: 'threshold t',
    binTable: 'The numbers in each bin',
    binCaption: (t: string, penalty: string) =>
      `Expected score of answering one question in each bin: c under accuracy only, c − (1 − c)·${penalty} with the penalty (t = ${t}); abstaining always scores 0`,
    binColumns: [
      'Confidence c',
      'Questions',
      'Decision',
      'Answer score (accuracy only)',
      'Answer score (penalised)',
    ],
    decision: (answer: boolean): string => (answer ? 'answer' : 'abstain'),
    fieldError: (bin: string, e: FieldError) => `The count for ${bin} ${fieldEn(e)}.`,
    libError: (message: string) => `Cannot compute: ${message}.`,
    kept: 'The last valid result stays below.',
  },
};

export type AbstentionText = (typeof TEXT)['zh'];

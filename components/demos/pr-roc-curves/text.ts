/** The pr-roc-curves demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: 'PR 曲线与 ROC 曲线：同一组分数，同一个阈值',
    hint: '拖动阈值，两张图上的标记来自同一个混淆矩阵。阴影分别是 AP（阶梯下面积）和 AUC。',
    threshold: '阈值 t',
    above: '∞（高于所有分数）',
    dataset: '数据集',
    drop: 'ROC 去掉共线的中间点（drop_intermediate）',
    readout: (auc: string, ap: string, t: string, tpr: string, fpr: string, p: string) =>
      `AUC ${auc} · AP ${ap} · 阈值 ${t} 时：TPR ${tpr}，FPR ${fpr}，精确率 ${p}`,
    pr: (ap: string) => `PR 曲线（AP = ${ap}）`,
    roc: (auc: string) => `ROC 曲线（AUC = ${auc}）`,
    recall: '召回率 R',
    precision: '精确率 P',
    fpr: '假正例率 FPR',
    tpr: '真正例率 TPR',
    baseline: (pi: string) => `随机基线 π = ${pi}`,
    prLabel: (n: number, ap: string, pi: string, t: string, r: string, p: string) =>
      `PR 曲线，${n} 个阈值点加终点（召回率 0，精确率 1）；阶梯下面积 AP = ${ap}；随机基线精确率 ${pi}；阈值 ${t} 处召回率 ${r}、精确率 ${p}。`,
    rocLabel: (n: number, auc: string, t: string, f: string, r: string, d: number) =>
      `ROC 曲线，${n} 个点，曲线下面积 AUC = ${auc}；阈值 ${t} 处 FPR ${f}、TPR ${r}；${d} 组含正负两类的并列分数，各走一段斜线。`,
    ties: (blocks: number, s: string, pos: number, neg: number) =>
      `有并列分数：${blocks} 组同分样本各自作为一个整体越过阈值，例如 ${s} 分的 ${pos} 个正例和 ${neg} 个负例同时被判为正，所以 ROC 曲线走一条斜线（红色粗线），PR 曲线上它们只是一个点。`,
    nothing:
      '阈值高于所有分数：没有预测为正的样本，精确率无定义 → 读数按 zero_division 记为 0；PR 曲线的终点（召回率 0，精确率 1）只是约定，不对应任何阈值。',
    table: '各阈值的计数与比率',
    caption: '阈值从高到低：每个不同的分数一行（并列的样本合为一行），∞ 表示什么都不预测',
  },
  en: {
    title: 'PR and ROC curves: the same scores, one threshold',
    hint: 'Move the threshold: the marks on both charts come from one confusion matrix. The shading is AP (the area under the steps) and AUC.',
    threshold: 'Threshold t',
    above: '∞ (above every score)',
    dataset: 'Dataset',
    drop: 'ROC drops collinear intermediate points (drop_intermediate)',
    readout: (auc: string, ap: string, t: string, tpr: string, fpr: string, p: string) =>
      `AUC ${auc} · AP ${ap} · at threshold ${t}: TPR ${tpr}, FPR ${fpr}, precision ${p}`,
    pr: (ap: string) => `PR curve (AP = ${ap})`,
    roc: (auc: string) => `ROC curve (AUC = ${auc})`,
    recall: 'Recall R',
    precision: 'Precision P',
    fpr: 'False positive rate',
    tpr: 'True positive rate',
    baseline: (pi: string) => `random baseline π = ${pi}`,
    prLabel: (n: number, ap: string, pi: string, t: string, r: string, p: string) =>
      `PR curve, ${n} threshold points plus the end point (recall 0, precision 1); area under the steps AP = ${ap}; random baseline precision ${pi}; at threshold ${t} recall ${r}, precision ${p}.`,
    rocLabel: (n: number, auc: string, t: string, f: string, r: string, d: number) =>
      `ROC curve, ${n} points, area under the curve AUC = ${auc}; at threshold ${t} FPR ${f}, TPR ${r}; ${d} blocks of tied scores with both classes, each a diagonal segment.`,
    ties: (blocks: number, s: string, pos: number, neg: number) =>
      `Tied scores: each of the ${blocks} blocks of equal scores crosses the threshold as a whole — e.g. the ${pos} positives and ${neg} negatives at ${s} turn positive together — so the ROC curve moves along a diagonal (thick red), and on the PR curve the block is a single point.`,
    nothing:
      'Threshold above every score: nothing is predicted positive, so precision is undefined → the readout shows 0 (zero_division); the PR curve’s end point (recall 0, precision 1) is a convention, not a threshold.',
    table: 'Counts and rates at each threshold',
    caption:
      'Thresholds from high to low: one row per distinct score (tied examples share a row); ∞ predicts nothing',
  },
};

export type CurvesText = (typeof TEXT)['zh'];

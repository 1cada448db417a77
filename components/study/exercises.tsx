'use client';

import { useId, useState } from 'react';
import { formatFixed } from '@/lib/format';
import { answerDigits, checkExercise, generateExercise } from '@/lib/study/exercises';
import type { Exercise, ExerciseKind } from '@/lib/study/exercises';
import { recordAnswer } from '@/lib/study/progress';
import type { Locale } from '@/lib/i18n';
import { EXERCISE_KINDS } from './exercise-kinds';
import { updateProgress } from './progress-store';

const TEXT = {
  zh: {
    kind: '题型',
    kinds: {
      anneal: '温度退火',
      'top-p': 'Top-p 保留哪些词元',
      precision: '给定阈值的精确率',
      'pass-at-k': 'pass@k',
      elo: 'Elo 期望得分',
      'param-count': '解码器参数量',
      'kv-cache': 'KV cache 大小',
      'bpe-merge': 'BPE 合并频次',
      'alibi-slope': 'ALiBi 斜率',
      'zero-memory': 'ZeRO 每卡显存',
      'pipeline-bubble': '流水线气泡',
      'lr-at-step': '某一步的学习率',
      'bf16-round': '舍入到 BF16',
      'dpo-loss': 'DPO 损失',
      'grpo-advantage': 'GRPO 组内优势',
      'lora-params': 'LoRA 可训练参数',
      'ppo-clip': 'PPO 裁剪目标',
      'majority-vote': '自洽性：多数投票准确率',
      'calibrated-prediction': '上下文校准后的概率',
      'pass-hat-k': 'pass^k（每次都成功）',
      'compound-success': '多步任务的成功率（含重试）',
      'context-cost': '完整历史的输入词元数',
      'bm25-term': 'BM25：一个查询词的得分',
      'rrf-score': '倒数排名融合（RRF）得分',
      ndcg: '分级相关性的 nDCG@k',
      'visual-token-count': 'ViT 的视觉词元数',
      'clip-loss-2x2': '2×2 批次的 CLIP 损失',
    },
    answer: '你的答案',
    check: '检查',
    another: '换一题',
    correct: '正确！',
    wrong: (expected: string) => `不对，正确答案是 ${expected}。`,
    errors: {
      empty: '先填一个答案。',
      'not-a-number': '请输入数字。',
      'bad-index': '请输入词元编号（从 1 开始），用逗号分隔。',
    },
    seed: (seed: number) => `题目编号 ${seed}`,
  },
  en: {
    kind: 'Exercise',
    kinds: {
      anneal: 'Temperature annealing',
      'top-p': 'Which tokens survive top-p',
      precision: 'Precision at a threshold',
      'pass-at-k': 'pass@k',
      elo: 'Elo expected score',
      'param-count': 'Decoder parameter count',
      'kv-cache': 'KV cache size',
      'bpe-merge': 'BPE merge count',
      'alibi-slope': 'ALiBi slope',
      'zero-memory': 'ZeRO memory per GPU',
      'pipeline-bubble': 'Pipeline bubble',
      'lr-at-step': 'Learning rate at a step',
      'bf16-round': 'Rounding to BF16',
      'dpo-loss': 'DPO loss',
      'grpo-advantage': 'GRPO group advantage',
      'lora-params': 'LoRA trainable parameters',
      'ppo-clip': 'PPO clipped objective',
      'majority-vote': 'Self-consistency: majority-vote accuracy',
      'calibrated-prediction': 'Probability after contextual calibration',
      'pass-hat-k': 'pass^k (succeeding every time)',
      'compound-success': 'Multi-step task success with retries',
      'context-cost': 'Input tokens with full history',
      'bm25-term': 'BM25 score of one query term',
      'rrf-score': 'Reciprocal rank fusion score',
      ndcg: 'nDCG@k with graded relevance',
      'visual-token-count': 'ViT visual token count',
      'clip-loss-2x2': 'CLIP loss of a 2×2 batch',
    },
    answer: 'Your answer',
    check: 'Check',
    another: 'Another one',
    correct: 'Correct!',
    wrong: (expected: string) => `Not quite: the answer is ${expected}.`,
    errors: {
      empty: 'Type an answer first.',
      'not-a-number': 'Please type a number.',
      'bad-index': 'Type token numbers (from 1), separated by commas.',
    },
    seed: (seed: number) => `Exercise #${seed}`,
  },
};

function Prompt({ ex, locale }: { ex: Exercise; locale: Locale }) {
  const zh = locale === 'zh';
  const table = (tokens: string[], probs: number[]) => (
    <table className="my-2 text-sm">
      <tbody>
        {tokens.map((tok, i) => (
          <tr key={tok}>
            <th scope="row" className="pr-4 text-left font-normal text-muted">
              {i + 1}. {tok}
            </th>
            <td className="font-mono tabular-nums">{formatFixed(probs[i] ?? 0, 2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  switch (ex.kind) {
    case 'anneal':
      return (
        <div>
          {table(ex.tokens, ex.probs)}
          <p>
            {zh
              ? `温度 T = ${ex.temperature} 时，“${ex.tokens[0]}”的退火概率 p_T 是多少？（保留两位小数）`
              : `At T = ${ex.temperature}, what is the annealed probability p_T of “${ex.tokens[0]}”? (2 decimals)`}
          </p>
        </div>
      );
    case 'top-p':
      return (
        <div>
          {table(ex.tokens, ex.probs)}
          <p>
            {zh
              ? `top_p = ${ex.topP} 时，哪些词元会被保留？填编号，用逗号分隔（HF 的规则：保留累积概率首次达到 top_p 的那个词元）。`
              : `With top_p = ${ex.topP}, which tokens survive? Type their numbers, comma-separated (HF's rule: the token that crosses top_p is kept).`}
          </p>
        </div>
      );
    case 'precision':
      return (
        <div>
          <table className="my-2 text-sm">
            <tbody>
              <tr>
                <th scope="row" className="pr-3 text-left font-normal text-muted">
                  {zh ? '分数' : 'score'}
                </th>
                {ex.scores.map((s, i) => (
                  <td key={i} className="px-1.5 font-mono">
                    {formatFixed(s, 2)}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row" className="pr-3 text-left font-normal text-muted">
                  {zh ? '真实标签' : 'label'}
                </th>
                {ex.labels.map((l, i) => (
                  <td key={i} className="px-1.5 text-center font-mono">
                    {l}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
          <p>
            {zh
              ? `把分数 ≥ ${ex.threshold} 的样本判为正例，精确率是多少？（保留两位小数；没有预测为正的样本时记 0）`
              : `Predict positive when score ≥ ${ex.threshold}. What is the precision? (2 decimals; 0 if nothing is predicted positive)`}
          </p>
        </div>
      );
    case 'pass-at-k':
      return (
        <p>
          {zh
            ? `每题采样 n = ${ex.n} 个程序，其中 c = ${ex.c} 个通过单元测试。用无偏估计，pass@${ex.k} 是多少？（保留三位小数）`
            : `n = ${ex.n} samples were drawn and c = ${ex.c} pass the unit tests. What is the unbiased pass@${ex.k}? (3 decimals)`}
        </p>
      );
    case 'elo':
      return (
        <p>
          {zh
            ? `模型 A 的 Elo 分是 ${ex.ratingA}，模型 B 是 ${ex.ratingB}（底数 10，尺度 400）。A 的期望得分是多少？（保留两位小数）`
            : `Model A is rated ${ex.ratingA} and model B ${ex.ratingB} (base 10, scale 400). What is A's expected score? (2 decimals)`}
        </p>
      );
    case 'param-count': {
      const c = ex.config;
      const kv = c.numKvHeads ?? c.numHeads;
      return (
        <p>
          {zh
            ? `一个 LLaMA 式解码器：词表 V = ${c.vocabSize}，隐藏维 d = ${c.hiddenSize}，${c.numLayers} 层，${c.numHeads} 个查询头、${kv} 个 KV 头（头维 ${c.hiddenSize / c.numHeads}），SwiGLU 中间维 ${c.intermediateSize}，RMSNorm，全部线性层无偏置，RoPE，输入输出嵌入${c.tiedEmbeddings ? '共享' : '不共享'}。总参数量是多少百万？（保留两位小数，即精确到一万个参数）`
            : `A LLaMA-style decoder: vocabulary V = ${c.vocabSize}, hidden size d = ${c.hiddenSize}, ${c.numLayers} layers, ${c.numHeads} query heads and ${kv} KV heads (head dim ${c.hiddenSize / c.numHeads}), SwiGLU intermediate size ${c.intermediateSize}, RMSNorm, no biases, RoPE, embeddings ${c.tiedEmbeddings ? 'tied' : 'not tied'}. How many parameters in total, in millions? (2 decimals, i.e. to the nearest 10,000)`}
        </p>
      );
    }
    case 'kv-cache':
      return (
        <p>
          {zh
            ? `${ex.layers} 层，${ex.numHeads} 个查询头、${ex.kvHeads} 个 KV 头，头维 ${ex.headDim}，每个元素 ${ex.bytesPerElem} 字节。batch = ${ex.batch}、每条序列 ${ex.seqLen} 个词元时，K 和 V 缓存共占多少 MiB（1 MiB = 2²⁰ 字节）？（保留两位小数）`
            : `${ex.layers} layers, ${ex.numHeads} query heads and ${ex.kvHeads} KV heads, head dim ${ex.headDim}, ${ex.bytesPerElem} byte(s) per element. With batch ${ex.batch} and ${ex.seqLen} tokens per sequence, how many MiB (1 MiB = 2²⁰ bytes) do the K and V caches take? (2 decimals)`}
        </p>
      );
    case 'bpe-merge':
      return (
        <div>
          <table className="my-2 text-sm">
            <tbody>
              {ex.corpus.map(([word, count]) => (
                <tr key={word}>
                  <th scope="row" className="pr-4 text-left font-mono font-normal">
                    {word}
                  </th>
                  <td className="font-mono tabular-nums">{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {zh
              ? `在这个词频表上训练 BPE（从单个字符开始，不加词尾标记；频次相同时取最先出现的相邻对，词按表中顺序、从左到右扫描）。第 ${ex.merge} 次合并的那一对出现了多少次（按词频加权）？`
              : `Train BPE on this word-count table (start from single characters, no end-of-word marker; ties go to the pair seen first, scanning words in table order, left to right). How many times (weighted by word count) does the pair of merge ${ex.merge} occur when it is merged?`}
          </p>
        </div>
      );
    case 'alibi-slope':
      return (
        <p>
          {zh
            ? `ALiBi 模型有 ${ex.numHeads} 个注意力头。第 ${ex.head} 个头（从 1 数起）的斜率 m 是多少？（保留四位小数；头数不是 2 的幂时按 ALiBi 官方 get_slopes 的规则）`
            : `An ALiBi model has ${ex.numHeads} attention heads. What is the slope m of head ${ex.head} (counting from 1)? (4 decimals; for a head count that is not a power of two, use the rule of ALiBi's get_slopes)`}
        </p>
      );
    case 'zero-memory':
      return (
        <p>
          {zh
            ? `用混合精度 Adam（每个参数 2 + 2 + 12 字节，ZeRO 论文的 K = 12）训练 ${ex.params / 1e9}B 参数的模型，${ex.numGpus} 张卡做数据并行，ZeRO stage ${ex.stage}。每张卡上的模型状态（参数、梯度、优化器状态，不含激活）占多少 GB（1 GB = 10⁹ 字节）？（保留两位小数）`
            : `A ${ex.params / 1e9}B-parameter model trained with mixed-precision Adam (2 + 2 + 12 bytes per parameter, the ZeRO paper's K = 12) on ${ex.numGpus} data-parallel GPUs with ZeRO stage ${ex.stage}. How many GB (10⁹ bytes) of model states (parameters, gradients, optimizer states; no activations) does each GPU hold? (2 decimals)`}
        </p>
      );
    case 'pipeline-bubble':
      return (
        <p>
          {zh
            ? `流水线有 p = ${ex.stages} 个阶段，每个批次切成 m = ${ex.microBatches} 个微批次${ex.interleave > 1 ? `，交错 1F1B，每张卡 v = ${ex.interleave} 个虚拟阶段` : '，1F1B 调度'}。气泡时间是理想计算时间的多少倍（Narayanan 等 2021 的 (p − 1)/(v·m)）？（保留两位小数）`
            : `A pipeline with p = ${ex.stages} stages and m = ${ex.microBatches} micro-batches per batch${ex.interleave > 1 ? `, interleaved 1F1B with v = ${ex.interleave} virtual stages per GPU` : ', 1F1B schedule'}. What is the bubble time as a fraction of the ideal compute time (Narayanan et al. 2021's (p − 1)/(v·m))? (2 decimals)`}
        </p>
      );
    case 'lr-at-step': {
      const name = { linear: 'linear', cosine: 'cosine', cosine_with_min_lr: 'cosine_with_min_lr' }[
        ex.schedule
      ];
      return (
        <p>
          {zh
            ? `HF 的 ${name} 调度：峰值学习率 ${ex.peakLr}，线性预热 ${ex.warmupSteps} 步，总步数 ${ex.totalSteps}${ex.minLrRatio > 0 ? `，最低学习率为峰值的 ${ex.minLrRatio}` : ''}。第 ${ex.step} 步的学习率是多少？以 10⁻⁴ 为单位作答（保留两位小数）。`
            : `HF's ${name} schedule: peak learning rate ${ex.peakLr}, ${ex.warmupSteps} linear warm-up steps, ${ex.totalSteps} total steps${ex.minLrRatio > 0 ? `, minimum ${ex.minLrRatio} of the peak` : ''}. What is the learning rate at step ${ex.step}? Answer in units of 10⁻⁴ (2 decimals).`}
        </p>
      );
    }
    case 'bf16-round':
      return (
        <p>
          {zh
            ? `把 ${ex.value} 存成 bfloat16（8 位指数、7 位尾数，就近舍入、平局取偶），存下的值是多少？（保留四位小数）`
            : `Store ${ex.value} as bfloat16 (8 exponent bits, 7 mantissa bits, round to nearest, ties to even). What value is stored? (4 decimals)`}
        </p>
      );
    case 'dpo-loss':
      return (
        <p>
          {zh
            ? `一对偏好数据，回答的对数概率（按词元求和的自然对数）：策略模型 chosen ${ex.policyChosenLogp}、rejected ${ex.policyRejectedLogp}；参考模型 chosen ${ex.refChosenLogp}、rejected ${ex.refRejectedLogp}；β = ${ex.beta}。DPO（sigmoid 形式，无标签平滑）的损失是多少？（保留三位小数）`
            : `One preference pair, with summed natural-log probabilities of the responses: policy chosen ${ex.policyChosenLogp}, rejected ${ex.policyRejectedLogp}; reference chosen ${ex.refChosenLogp}, rejected ${ex.refRejectedLogp}; β = ${ex.beta}. What is the DPO loss (sigmoid form, no label smoothing)? (3 decimals)`}
        </p>
      );
    case 'grpo-advantage':
      return (
        <p>
          {zh
            ? `GRPO 对同一道题采样了 ${ex.rewards.length} 个回答，奖励依次为 [${ex.rewards.join(', ')}]（1 = 答对）。按 TRL 的做法（减去组均值，再除以组内样本标准差 + 10⁻⁴，标准差用 n − 1），第 ${ex.index + 1} 个回答的优势是多少？（保留三位小数）`
            : `GRPO sampled ${ex.rewards.length} answers to one question, with rewards [${ex.rewards.join(', ')}] in order (1 = correct). As TRL computes it (subtract the group mean, divide by the group's sample standard deviation, with n − 1, plus 10⁻⁴), what is the advantage of answer ${ex.index + 1}? (3 decimals)`}
        </p>
      );
    case 'lora-params': {
      const targets = {
        qv: zh ? 'q_proj 和 v_proj' : 'q_proj and v_proj',
        qkvo: zh ? 'q、k、v、o 四个投影' : 'the q, k, v and o projections',
        'all-linear': zh
          ? 'q、k、v、o 以及 MLP 的 gate、up、down（全部线性层）'
          : 'q, k, v, o and the MLP’s gate, up and down (all linear layers)',
      }[ex.targets];
      return (
        <p>
          {zh
            ? `一个 LLaMA 结构的解码器：隐藏维度 ${ex.hiddenSize}，MLP 中间维度 ${ex.intermediateSize}，${ex.numLayers} 层，没有 GQA（k、v 投影也是 ${ex.hiddenSize}×${ex.hiddenSize}）。在每层的 ${targets} 上加秩 r = ${ex.rank} 的 LoRA，可训练参数一共多少百万？（每个 d×k 矩阵 r·(d + k) 个参数；保留两位小数）`
            : `A LLaMA-style decoder: hidden size ${ex.hiddenSize}, MLP intermediate size ${ex.intermediateSize}, ${ex.numLayers} layers, no GQA (k and v projections are ${ex.hiddenSize}×${ex.hiddenSize} too). LoRA with rank r = ${ex.rank} on ${targets} of every layer: how many million trainable parameters? (r·(d + k) per d×k matrix; 2 decimals)`}
        </p>
      );
    }
    case 'ppo-clip':
      return (
        <p>
          {zh
            ? `PPO 的一个词元：新旧策略的概率比 r = ${ex.ratio}，优势 Â = ${ex.advantage}，裁剪范围 ε = ${ex.epsilon}。裁剪目标 min(r·Â, clip(r, 1 − ε, 1 + ε)·Â) 是多少？（保留三位小数）`
            : `One token in PPO: probability ratio r = ${ex.ratio} between the new and old policy, advantage Â = ${ex.advantage}, clip range ε = ${ex.epsilon}. What is the clipped objective min(r·Â, clip(r, 1 − ε, 1 + ε)·Â)? (3 decimals)`}
        </p>
      );
    case 'majority-vote': {
      const dist = ex.answerProbs
        .map(
          (p, i) => `${i === 0 ? (zh ? '正确答案' : 'correct') : zh ? `错误答案 ${i}` : `wrong ${i}`} ${p}`,
        )
        .join(zh ? '，' : ', ');
      return (
        <p>
          {zh
            ? `模型每次独立采样一条推理路径，最终答案的分布是：${dist}。采样 n = ${ex.n} 次后做多数投票（票数最多的答案并列时随机选一个），返回正确答案的概率是多少？（保留三位小数）`
            : `Each independently sampled reasoning path ends in an answer with this distribution: ${dist}. After n = ${ex.n} samples and a majority vote (ties among the most-voted answers broken uniformly at random), what is the probability that the vote returns the correct answer? (3 decimals)`}
        </p>
      );
    }
    case 'calibrated-prediction':
      return (
        <p>
          {zh
            ? `少样本情感分类：对一个测试输入，模型给出 P(positive) = ${ex.probs[0]}、P(negative) = ${ex.probs[1]}；对无内容输入 “N/A”，模型给出 P(positive) = ${ex.contentFreeProbs[0]}、P(negative) = ${ex.contentFreeProbs[1]}。按上下文校准（每个概率除以无内容输入的对应概率，再归一化），校准后 P(${ex.labels[ex.label]}) 是多少？（保留三位小数）`
            : `Few-shot sentiment classification: for a test input the model gives P(positive) = ${ex.probs[0]}, P(negative) = ${ex.probs[1]}; for the content-free input "N/A" it gives P(positive) = ${ex.contentFreeProbs[0]}, P(negative) = ${ex.contentFreeProbs[1]}. With contextual calibration (divide each probability by the content-free one, then renormalise), what is the calibrated P(${ex.labels[ex.label]})? (3 decimals)`}
        </p>
      );
    case 'pass-hat-k':
      return (
        <p>
          {zh
            ? `一个智能体在同一任务上独立运行了 n = ${ex.n} 次，其中 c = ${ex.c} 次成功。pass^${ex.k} 是 ${ex.k} 次独立运行全部成功的概率，用 τ-bench 的无偏估计 C(c, k)/C(n, k) 计算，是多少？（保留三位小数）`
            : `An agent ran the same task n = ${ex.n} times independently and succeeded c = ${ex.c} times. pass^${ex.k} is the chance that ${ex.k} independent runs all succeed; with τ-bench's unbiased estimator C(c, k)/C(n, k), what is it? (3 decimals)`}
        </p>
      );
    case 'compound-success':
      return (
        <p>
          {zh
            ? `一个任务要依次完成 m = ${ex.steps} 个步骤，每一步单次尝试成功的概率都是 p = ${ex.p}，各次尝试相互独立。${ex.retries === 0 ? '失败不重试' : `每次失败都能被检测到，每一步最多重试 r = ${ex.retries} 次（即最多尝试 ${1 + ex.retries} 次）`}；任何一步${ex.retries === 0 ? '失败' : '用完所有尝试仍失败'}，整个任务就失败。任务成功的概率 Π(1 − (1 − p)^(1 + r)) 是多少？（保留三位小数）`
            : `A task has m = ${ex.steps} steps in sequence; one try of each step succeeds with probability p = ${ex.p}, all tries independent. ${ex.retries === 0 ? 'A failure is not retried' : `Every failure is detected and a step may be retried up to r = ${ex.retries} time${ex.retries === 1 ? '' : 's'} (at most ${1 + ex.retries} tries)`}; the task fails as soon as one step ${ex.retries === 0 ? 'fails' : 'fails all its tries'}. What is the chance the task succeeds, Π(1 − (1 − p)^(1 + r))? (3 decimals)`}
        </p>
      );
    case 'context-cost':
      return (
        <p>
          {zh
            ? `一个智能体每一步都把完整历史重新发给模型，不用提示缓存。系统提示（含工具定义和任务）有 s = ${ex.systemTokens} 个词元，每一步给历史追加 t = ${ex.stepTokens} 个词元（思考、动作和观察），所以第 i 步的输入是 s + (i − 1)·t：第 1 步 ${ex.systemTokens}，第 2 步 ${ex.systemTokens + ex.stepTokens}……跑完 n = ${ex.steps} 步，一共输入了多少词元？（填整数，不要加千位分隔符）`
            : `An agent re-sends its full history to the model at every step, without prompt caching. The system prompt (tool definitions and task included) is s = ${ex.systemTokens} tokens, and each step appends t = ${ex.stepTokens} tokens (thought, action and observation) to the history, so step i sends s + (i − 1)·t: ${ex.systemTokens} at step 1, ${ex.systemTokens + ex.stepTokens} at step 2, …. Over n = ${ex.steps} steps, how many input tokens are sent in total? (a whole number, typed without thousands separators)`}
        </p>
      );
    case 'bm25-term':
      return (
        <p>
          {zh
            ? `一个文档集合有 N = ${ex.docs} 篇文档，平均长度 avgdl = ${ex.avgdl} 个词元。某个查询词出现在其中 n = ${ex.docsWithTerm} 篇里。文档 d 长 |d| = ${ex.docLength} 个词元，含这个词 tf = ${ex.tf} 次。取 k1 = 1.2、b = 0.75，用 Lucene 的 idf = ln(1 + (N − n + 0.5)/(n + 0.5))（自然对数），这个词对 d 的 BM25 得分贡献 idf·tf·(k1 + 1)/(tf + k1·(1 − b + b·|d|/avgdl)) 是多少？（保留因子 k1 + 1，Lucene 8 起省掉了它；保留三位小数）`
            : `A collection has N = ${ex.docs} documents, avgdl = ${ex.avgdl} tokens long on average. A query term occurs in n = ${ex.docsWithTerm} of them. Document d is |d| = ${ex.docLength} tokens long and contains the term tf = ${ex.tf} time${ex.tf === 1 ? '' : 's'}. With k1 = 1.2, b = 0.75 and Lucene's idf = ln(1 + (N − n + 0.5)/(n + 0.5)) (natural log), what does this term contribute to d's BM25 score, idf·tf·(k1 + 1)/(tf + k1·(1 − b + b·|d|/avgdl))? (Keep the factor k1 + 1, which Lucene 8 and later leave out; 3 decimals)`}
        </p>
      );
    case 'rrf-score':
      return (
        <p>
          {zh
            ? `混合检索把两个排序融合起来（都是最相关的在前）：BM25 依次为 ${ex.bm25Ranking.join(', ')}；稠密检索依次为 ${ex.denseRanking.join(', ')}。按倒数排名融合，score(d) = Σ 1/(k + rank(d))，k = ${ex.k}，名次从 1 数起，只对包含 d 的排序求和（不含 d 的排序贡献 0）。${ex.id} 的融合得分是多少？（保留五位小数）`
            : `A hybrid retriever fuses two rankings, best first: BM25 ${ex.bm25Ranking.join(', ')}; dense ${ex.denseRanking.join(', ')}. With reciprocal rank fusion, score(d) = Σ 1/(k + rank(d)) with k = ${ex.k} and ranks counted from 1, summed over the rankings that contain d (a ranking without d adds nothing). What is the fused score of ${ex.id}? (5 decimals)`}
        </p>
      );
    case 'ndcg':
      return (
        <div>
          <table className="my-2 text-sm">
            <tbody>
              <tr>
                <th scope="row" className="pr-3 text-left font-normal text-muted">
                  {zh ? '文档' : 'document'}
                </th>
                {Object.keys(ex.relevance).map((id) => (
                  <td key={id} className="px-1.5 text-center font-mono">
                    {id}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row" className="pr-3 text-left font-normal text-muted">
                  {zh ? '相关性等级' : 'grade'}
                </th>
                {Object.entries(ex.relevance).map(([id, grade]) => (
                  <td key={id} className="px-1.5 text-center font-mono">
                    {grade}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
          <p>
            {zh
              ? `检索器依次返回 ${ex.ranking.join(', ')}（最相关的在前）。表中是人工标注的相关性等级，表里没有的文档记 0。用线性增益，DCG@k = Σ_{i=0}^{k−1} rel_i/log₂(i + 2)（i 是从 0 数起的名次）；IDCG@k 是把所有标注过的等级从大到小排好后的同一个和，包括检索器漏掉的文档。nDCG@${ex.k} = DCG@k/IDCG@k 是多少？（保留三位小数）`
              : `A retriever returns ${ex.ranking.join(', ')}, best first. The table gives the judged relevance grades; a document not in the table counts as 0. With linear gain, DCG@k = Σ_{i=0}^{k−1} rel_i/log₂(i + 2) (i the rank counted from 0), and IDCG@k is the same sum over all judged grades sorted from highest to lowest, including judged documents the retriever missed. What is nDCG@${ex.k} = DCG@k/IDCG@k? (3 decimals)`}
          </p>
        </div>
      );
    case 'visual-token-count':
      return (
        <p>
          {zh
            ? `ViT 把一张高 × 宽 = ${ex.height} × ${ex.width} 像素的图像切成互不重叠的 P × P = ${ex.patchSize} × ${ex.patchSize} 图块（核大小和步长都是 P 的卷积，最后凑不满一整块的像素被丢掉），每块一个词元，${ex.clsToken ? '再在前面加一个类别词元（class token）' : '不加类别词元（像 SigLIP 那样）'}。编码器看到多少个词元，⌊H/P⌋·⌊W/P⌋${ex.clsToken ? ' + 1' : ''}？（填整数）`
            : `A ViT cuts an image of height × width = ${ex.height} × ${ex.width} pixels into non-overlapping P × P = ${ex.patchSize} × ${ex.patchSize} patches (a convolution with kernel and stride P, so pixels past the last whole patch are dropped), one token per patch, ${ex.clsToken ? 'and prepends one class token' : 'with no class token (as in SigLIP)'}. How many tokens does the encoder see, ⌊H/P⌋·⌊W/P⌋${ex.clsToken ? ' + 1' : ''}? (a whole number)`}
        </p>
      );
    case 'clip-loss-2x2': {
      const vec = ([x, y]: readonly [number, number]) => `(${x}, ${y})`;
      return (
        <div>
          <p>
            {zh
              ? `一个 2×2 批次，嵌入都是二维单位向量：图像 I₁ = ${vec(ex.imageEmbeds[0]!)}、I₂ = ${vec(ex.imageEmbeds[1]!)}；文本 T₁ = ${vec(ex.textEmbeds[0]!)}、T₂ = ${vec(ex.textEmbeds[1]!)}，Iᵢ 与 Tᵢ 配对。余弦相似度 cos(Iᵢ, Tⱼ)：`
              : `A 2×2 batch of 2-D unit embeddings: images I₁ = ${vec(ex.imageEmbeds[0]!)}, I₂ = ${vec(ex.imageEmbeds[1]!)}; texts T₁ = ${vec(ex.textEmbeds[0]!)}, T₂ = ${vec(ex.textEmbeds[1]!)}, Iᵢ paired with Tᵢ. Cosine similarities cos(Iᵢ, Tⱼ):`}
          </p>
          <table className="my-2 text-sm">
            <thead>
              <tr>
                <td />
                <th scope="col" className="px-2 font-normal text-muted">
                  T₁
                </th>
                <th scope="col" className="px-2 font-normal text-muted">
                  T₂
                </th>
              </tr>
            </thead>
            <tbody>
              {ex.cosines.map((row, i) => (
                <tr key={i}>
                  <th scope="row" className="pr-2 text-left font-normal text-muted">
                    {i === 0 ? 'I₁' : 'I₂'}
                  </th>
                  {row.map((c, j) => (
                    <td key={j} className="px-2 font-mono tabular-nums">
                      {formatFixed(c, 2)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {zh
              ? `logit 缩放 s = ${ex.logitScale}（logits = s·cos，s 是乘数本身、不是它的对数）。CLIP 的对称损失 = ½ ×（图像→文本：每一行 logits 对配对文本的交叉熵 −log softmax(行)ᵢ，两行取平均 + 文本→图像：每一列对配对图像的交叉熵，两列取平均），自然对数。损失是多少？（保留三位小数）`
              : `Logit scale s = ${ex.logitScale} (logits = s·cos; s is the multiplier itself, not its logarithm). CLIP's symmetric loss is ½ × (image → text: the cross-entropy −log softmax(row)ᵢ of each row of logits against its paired text, averaged over the 2 rows + text → image: the same for each column against its paired image, averaged over the 2 columns), natural log. What is the loss? (3 decimals)`}
          </p>
        </div>
      );
    }
  }
}

function expected(ex: Exercise): string {
  if (ex.kind === 'top-p') return ex.answer.map((i) => i + 1).join(', ');
  return formatFixed(ex.answer, answerDigits(ex));
}

/** Infinite numeric practice: a seeded exercise, checked by the same lib/ code as the demos. */
export function Exercises({ locale }: { locale: Locale }) {
  const t = TEXT[locale];
  const ids = { kind: useId(), answer: useId() };
  const [kind, setKind] = useState<ExerciseKind>('anneal');
  const [seed, setSeed] = useState(() => Date.now() % 100_000);
  const [input, setInput] = useState('');
  const [result, setResult] = useState<{ text: string; tone: 'right' | 'wrong' | 'error' } | null>(null);
  const ex = generateExercise(kind, seed);

  function next() {
    setSeed((s) => (s * 48271 + 11) % 2_147_483_647);
    setInput('');
    setResult(null);
  }

  return (
    <div data-study="exercises" className="rounded-xl border border-line p-5">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={ids.kind} className="block text-sm font-medium">
            {t.kind}
          </label>
          <select
            id={ids.kind}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ExerciseKind);
              setInput('');
              setResult(null);
            }}
            className="mt-1 rounded-md border border-line bg-surface px-2 py-1.5"
          >
            {EXERCISE_KINDS.map((k) => (
              <option key={k.kind} value={k.kind}>
                {t.kinds[k.kind]}
              </option>
            ))}
          </select>
        </div>
        <span className="text-xs text-muted">{t.seed(seed)}</span>
      </div>
      <div className="mt-4" data-exercise-kind={ex.kind}>
        <Prompt ex={ex} locale={locale} />
      </div>
      <form
        className="mt-3 flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (result && result.tone !== 'error') return next();
          const check = checkExercise(ex, input);
          if (!check.ok) return setResult({ text: t.errors[check.error], tone: 'error' });
          updateProgress((p) => recordAnswer(p, `exercise:${ex.kind}`, check.correct));
          setResult(
            check.correct
              ? { text: t.correct, tone: 'right' }
              : { text: t.wrong(expected(ex)), tone: 'wrong' },
          );
        }}
      >
        <div>
          <label htmlFor={ids.answer} className="block text-sm font-medium">
            {t.answer}
          </label>
          <input
            id={ids.answer}
            value={input}
            inputMode={ex.kind === 'top-p' ? 'text' : 'decimal'}
            autoComplete="off"
            onChange={(e) => setInput(e.target.value)}
            aria-invalid={result?.tone === 'error'}
            className="mt-1 w-48 rounded-md border border-line bg-surface px-2 py-1.5 font-mono"
          />
        </div>
        <button
          type="submit"
          className="rounded-md bg-accent px-4 py-2 font-medium text-surface hover:bg-accent-strong"
        >
          {result && result.tone !== 'error' ? t.another : t.check}
        </button>
      </form>
      <p
        role="status"
        data-tone={result?.tone}
        className="mt-3 min-h-6 font-medium data-[tone=error]:text-red-700 data-[tone=right]:text-emerald-700 dark:data-[tone=error]:text-red-400 dark:data-[tone=right]:text-emerald-400"
      >
        {result?.text}
      </p>
    </div>
  );
}

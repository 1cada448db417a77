import type { FieldError } from '@/components/demos/shared/number-field';
import type { NodeLabel } from './layout';
import type { Field, ParallelMode, Pattern } from './model';

const letter = (i: number) => String.fromCharCode(64 + i);

/** The workflow-patterns demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '五种工作流模式：延迟、token 与成功率',
    hint: '每个实线框是一次 LLM 调用。设定每次调用的延迟、token 数和成功率，看整个工作流端到端的延迟、总 token 和成功率，并与单次调用对比。模式取自 Anthropic《Building effective agents》（2024 年 12 月）；每个数都由 lib/agents/workflows.ts 算出。模型假设各次调用相互独立地成败（乐观的情形：同一个模型常在同一处犯同样的错），调用之间的代码不花时间、不出错。',
    pattern: '模式',
    patterns: {
      chaining: '提示链（prompt chaining）',
      routing: '路由（routing）',
      parallelization: '并行化（parallelization）',
      'orchestrator-workers': '编排者–工作者（orchestrator-workers）',
      'evaluator-optimizer': '评估者–优化者（evaluator-optimizer）',
    } satisfies Record<Pattern, string>,
    shortNames: {
      chaining: '提示链',
      routing: '路由',
      parallelization: '并行化',
      'orchestrator-workers': '编排者–工作者',
      'evaluator-optimizer': '评估者–优化者',
    } satisfies Record<Pattern, string>,
    mode: '并行方式',
    modes: {
      sectioning: '分段：每个调用做一部分',
      voting: '投票：同一任务做 k 次，取多数',
    } satisfies Record<ParallelMode, string>,
    modeShort: { sectioning: '分段', voting: '投票' } satisfies Record<ParallelMode, string>,
    callGroup: '每次 LLM 调用',
    patternGroup: '本模式的参数',
    baselineGroup: '对照：一次调用完成整个任务',
    fields: {
      latency: '延迟（秒）',
      tokens: 'token 数',
      success: '成功率 p',
      steps: '链的步数 n',
      router: '路由准确率',
      workers: '并行调用数 k',
      rounds: '最多轮数 R',
      judge: '评估者准确率',
      baseline: '单次调用的成功率',
    } satisfies Record<Field, string>,
    fieldHints: {
      latency: '',
      tokens: '输入＋输出',
      success: '0–1',
      steps: '1–100',
      router: '0–1',
      workers: '1–99',
      rounds: '1–100',
      judge: '0–1',
      baseline: '0–1',
    } satisfies Record<Field, string>,
    workersOrchestrator: '子任务数 k（工作者）',
    baselineSame: {
      voting: '对照的单次调用就是投票里的一票：成功率即 p。',
      loop: '对照的单次调用就是循环里的第一稿（只有生成者）：成功率即 p。',
    },
    restore: '恢复默认值',
    readout: (
      name: string,
      expected: boolean,
      latency: string,
      tokens: string,
      success: string,
      oneLatency: string,
      oneTokens: string,
      oneSuccess: string,
    ) =>
      `${name}：${expected ? '期望' : ''}延迟 ${latency} 秒，${tokens} token，成功率 ${success}｜单次调用：${oneLatency} 秒，${oneTokens} token，成功率 ${oneSuccess}`,
    parallelName: (mode: string) => `并行化（${mode}）`,
    tableCaption: '工作流与单次调用的对比',
    columns: ['', '工作流', '单次调用'],
    rows: { latency: '延迟（秒）', tokens: 'token', success: '成功率', calls: 'LLM 调用次数' },
    expectedNote: '评估者–优化者的延迟、token 和调用次数是对实际跑了几轮求的期望。',
    loopRounds: (expected: string, rounds: number) => `期望轮数 ${expected}（最多 ${rounds} 轮）`,
    loopWorst: (latency: string, tokens: string) => `跑满所有轮时：${latency} 秒，${tokens} token`,
    loopExhausted: (p: string) => `所有草稿都被拒、最后一稿照样返回的概率：${p}`,
    loopReach: (list: string) => `第 r 轮会执行的概率：${list}`,
    notes: {
      chaining:
        '每一步处理上一步的输出，而且每一步都得对，所以成功率是 pⁿ。文章给出的理由是每一步都比整个任务容易，因此该拿来比较的是“一次调用做完整个任务”的成功率（下方对照），而不是 p。步骤之间的程序化检查（gate）能提前终止跑偏的流程，但不会让它成功，这里不建模。',
      routing:
        '先由路由器调用分类，再交给其中一个专门的处理调用。兜底假设：路由错了就算失败（错误的专家处理不了）。当处理器能力有重叠时（比如把简单问题送给了大模型）这是悲观的估计。成功率 = 路由准确率 × p。',
      sectioning: '各部分同时运行：延迟取最慢的一个（这里都相同），token 相加，而且每一部分都得对。',
      voting:
        '每个调用都完整做一遍任务并给出“是 / 否”的判断，取多数，平票掷硬币。投票独立是最好的情形：同一个模型的多次调用往往错在同一处，那时投票几乎没有帮助。',
      'orchestrator-workers':
        '编排者调用拆出 k 个子任务，工作者并行执行，最后一次综合调用合并结果：延迟是三次调用的，token 是 k + 2 次调用的，而且每次都得对。与分段不同，k 由编排者针对每个输入决定。',
      'evaluator-optimizer':
        '每一轮生成者写一稿，评估者判断：对的稿以“评估者准确率”被接受，错的稿以同样的概率被拒绝。被接受的稿直接返回；到最后一轮仍被拒，也把最后一稿返回。各稿相互独立（没有把反馈建模成让下一稿更好）。',
    } satisfies Record<Exclude<Pattern, 'parallelization'> | ParallelMode, string>,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    libError: (message: string) => `lib 拒绝了这组参数：${message}`,
    kept: '下方仍是上一次有效输入的结果。',
    diagramTitle: '工作流的结构图',
    diagramSummary: (pattern: Pattern, mode: ParallelMode, count: number) => {
      switch (pattern) {
        case 'chaining':
          return `${count} 次 LLM 调用依次相连，每次处理上一次的输出。`;
        case 'routing':
          return '一次路由调用把输入交给几个处理调用中的一个。';
        case 'parallelization':
          return `${count} 次 LLM 调用同时运行，由代码${mode === 'voting' ? '计票' : '合并'}。`;
        case 'orchestrator-workers':
          return `一次编排调用，${count} 次并行的工作者调用，再加一次综合调用。`;
        case 'evaluator-optimizer':
          return `生成者调用与评估者调用组成循环，最多 ${count} 轮。`;
      }
    },
    legend: '实线框：LLM 调用；虚线框：代码，不调用模型；虚线箭头：只在部分输入或部分轮次走到。',
    node: (label: NodeLabel): string => {
      switch (label.key) {
        case 'in':
          return '输入';
        case 'out':
          return '输出';
        case 'step':
          return `调用 ${label.index}`;
        case 'router':
          return '路由器';
        case 'handler':
          return `处理器 ${letter(label.index)}`;
        case 'worker':
          return `工作者 ${label.index}`;
        case 'vote':
          return '计票（代码）';
        case 'merge':
          return '合并（代码）';
        case 'orchestrator':
          return '编排者';
        case 'synthesizer':
          return '综合';
        case 'generator':
          return '生成者';
        case 'evaluator':
          return '评估者';
        case 'more':
          return '…';
      }
    },
    edge: { accept: '接受', reject: '拒绝＋反馈' },
  },
  en: {
    title: 'Five workflow patterns: latency, tokens and success',
    hint: 'Each solid box is one LLM call. Set the latency, tokens and success probability of a call and see the end-to-end latency, total tokens and success of the whole workflow, next to a single call. The patterns are those of Anthropic’s “Building effective agents” (December 2024); every number comes from lib/agents/workflows.ts. The model assumes calls succeed or fail independently (the optimistic case: one model tends to make the same mistake in the same place) and that the code between calls takes no time and makes no mistakes.',
    pattern: 'Pattern',
    patterns: {
      chaining: 'Prompt chaining',
      routing: 'Routing',
      parallelization: 'Parallelization',
      'orchestrator-workers': 'Orchestrator–workers',
      'evaluator-optimizer': 'Evaluator–optimizer',
    } satisfies Record<Pattern, string>,
    shortNames: {
      chaining: 'Chaining',
      routing: 'Routing',
      parallelization: 'Parallelization',
      'orchestrator-workers': 'Orchestrator–workers',
      'evaluator-optimizer': 'Evaluator–optimizer',
    } satisfies Record<Pattern, string>,
    mode: 'Variant',
    modes: {
      sectioning: 'Sectioning: each call does one part',
      voting: 'Voting: the same task k times, majority wins',
    } satisfies Record<ParallelMode, string>,
    modeShort: { sectioning: 'sectioning', voting: 'voting' } satisfies Record<ParallelMode, string>,
    callGroup: 'Every LLM call',
    patternGroup: 'This pattern',
    baselineGroup: 'Baseline: one call on the whole task',
    fields: {
      latency: 'Latency (s)',
      tokens: 'Tokens',
      success: 'Success probability p',
      steps: 'Chain steps n',
      router: 'Router accuracy',
      workers: 'Parallel calls k',
      rounds: 'Rounds at most R',
      judge: 'Evaluator accuracy',
      baseline: 'Success of the single call',
    } satisfies Record<Field, string>,
    fieldHints: {
      latency: '',
      tokens: 'input + output',
      success: '0–1',
      steps: '1–100',
      router: '0–1',
      workers: '1–99',
      rounds: '1–100',
      judge: '0–1',
      baseline: '0–1',
    } satisfies Record<Field, string>,
    workersOrchestrator: 'Subtasks k (workers)',
    baselineSame: {
      voting: 'The single call is one of the votes: its success is p.',
      loop: 'The single call is the loop’s first draft, the generator alone: its success is p.',
    },
    restore: 'Restore defaults',
    readout: (
      name: string,
      expected: boolean,
      latency: string,
      tokens: string,
      success: string,
      oneLatency: string,
      oneTokens: string,
      oneSuccess: string,
    ) =>
      `${name}: ${expected ? 'expected ' : ''}${latency} s, ${tokens} tokens, success ${success} · one call: ${oneLatency} s, ${oneTokens} tokens, success ${oneSuccess}`,
    parallelName: (mode: string) => `Parallelization (${mode})`,
    tableCaption: 'The workflow next to a single call',
    columns: ['', 'Workflow', 'One call'],
    rows: { latency: 'Latency (s)', tokens: 'Tokens', success: 'Success', calls: 'LLM calls' },
    expectedNote:
      'For the evaluator–optimizer, latency, tokens and calls are expectations over how many rounds run.',
    loopRounds: (expected: string, rounds: number) => `Expected rounds ${expected} (at most ${rounds})`,
    loopWorst: (latency: string, tokens: string) => `If every round runs: ${latency} s, ${tokens} tokens`,
    loopExhausted: (p: string) => `Chance every draft is rejected and the last is returned anyway: ${p}`,
    loopReach: (list: string) => `Chance that round r runs: ${list}`,
    notes: {
      chaining:
        'Each step processes the previous step’s output and must be right, so success is pⁿ. The article’s reason to chain is that each step is an easier task than the whole, so the fair comparison is with one call doing the whole task (the baseline below), not with p. Programmatic checks (“gates”) between steps can stop a run that went wrong, but they do not make it succeed; they are not modelled.',
      routing:
        'A router call classifies the input, then one specialised handler call answers it. Fallback assumption: a misrouted input fails (the wrong specialist cannot handle it) — pessimistic when handlers overlap, e.g. an easy question sent to a larger model. Success = router accuracy × p.',
      sectioning:
        'The parts run at once: latency is the slowest call’s (all equal here), tokens add up, and every part must be right.',
      voting:
        'Every call does the whole task and gives a yes/no verdict; the majority wins and a tie is a coin toss. Independent votes are the best case: calls of one model tend to share their mistakes, and then a vote buys little.',
      'orchestrator-workers':
        'An orchestrator call plans k subtasks, the workers run in parallel, and a synthesiser call merges their results: three calls of latency, k + 2 calls of tokens, and every call must be right. Unlike sectioning, k is chosen by the orchestrator for each input.',
      'evaluator-optimizer':
        'Each round a generator drafts and an evaluator judges: it accepts a right draft, and rejects a wrong one, with the evaluator accuracy set here. An accepted draft is returned; after the last round the last draft is returned anyway. Drafts are independent (feedback is not modelled as improving the next draft).',
    } satisfies Record<Exclude<Pattern, 'parallelization'> | ParallelMode, string>,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    libError: (message: string) => `lib rejects these settings: ${message}`,
    kept: 'The result below is still the last valid one.',
    diagramTitle: 'The workflow as a graph',
    diagramSummary: (pattern: Pattern, mode: ParallelMode, count: number) => {
      switch (pattern) {
        case 'chaining':
          return `${count} LLM ${count === 1 ? 'call' : 'calls in a row'}, each processing the previous output.`;
        case 'routing':
          return 'A router call sends the input to one of several handler calls.';
        case 'parallelization':
          return `${count} LLM ${count === 1 ? 'call' : 'calls at once'}, ${mode === 'voting' ? 'counted as votes' : 'merged'} by code.`;
        case 'orchestrator-workers':
          return `An orchestrator call, ${count} worker ${count === 1 ? 'call' : 'calls at once'}, then a synthesiser call.`;
        case 'evaluator-optimizer':
          return `A generator call and an evaluator call in a loop of at most ${count} ${count === 1 ? 'round' : 'rounds'}.`;
      }
    },
    legend:
      'Solid box: an LLM call; dashed box: code, no model; dashed arrow: taken only for some inputs or rounds.',
    node: (label: NodeLabel): string => {
      switch (label.key) {
        case 'in':
          return 'In';
        case 'out':
          return 'Out';
        case 'step':
          return `Call ${label.index}`;
        case 'router':
          return 'Router';
        case 'handler':
          return `Handler ${letter(label.index)}`;
        case 'worker':
          return `Worker ${label.index}`;
        case 'vote':
          return 'Vote (code)';
        case 'merge':
          return 'Merge (code)';
        case 'orchestrator':
          return 'Orchestrator';
        case 'synthesizer':
          return 'Synthesiser';
        case 'generator':
          return 'Generator';
        case 'evaluator':
          return 'Evaluator';
        case 'more':
          return '…';
      }
    },
    edge: { accept: 'accept', reject: 'reject + feedback' },
  },
};

export type WorkflowText = (typeof TEXT)['zh'];

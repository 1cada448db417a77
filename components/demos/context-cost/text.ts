import type { FieldError } from '@/components/demos/shared/number-field';
import type { CachePreset, Field, PolicyKind } from './model';

/** The context-cost demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '智能体的上下文成本：完整历史、滑动窗口与摘要',
    hint: '智能体每一步都把整个上下文重新发给模型。第 i 步（从 1 数起）发送系统提示词 s 加上记忆策略保留的历史：完整历史下是 s + (i − 1)·t，n 步合计 Σ(s + (i − 1)·t) = n·s + t·n(n − 1)/2。滑动窗口只保留最近 w 步；定期摘要在第 e、2e……步之后（最后一步之后不做）多调用一次模型，把历史压成 σ 个 token，这次调用的输入和输出也计入总数。开启提示缓存时，每次调用的整段提示都写入缓存，下一次调用中与更早某次提示相同的最长前缀按读取价计费，其余部分按写入价计费。所有数字都由 lib 的 contextCost 算出。',
    policy: '所选策略',
    policies: {
      full: '完整历史',
      window: '滑动窗口',
      summary: '定期摘要',
    } satisfies Record<PolicyKind, string>,
    caching: '开启提示缓存',
    groups: { task: '任务', policies: '记忆策略参数', prices: '价格与缓存系数' },
    fields: {
      system: '系统提示词 s',
      step: '每步新增 t',
      output: '每步输出',
      steps: '步数 n',
      window: '窗口 w',
      every: '摘要间隔 e',
      summary: '摘要长度 σ',
      priceIn: '输入价格',
      priceOut: '输出价格',
      readFactor: '缓存读取系数',
      writeFactor: '缓存写入系数',
    } satisfies Record<Field, string>,
    fieldHints: {
      system: 'token，含工具定义与任务',
      step: 'token：思考 + 动作 + 观察',
      output: 'token，t 中由模型生成的部分',
      steps: '次模型调用',
      window: '保留最近几步',
      every: '步',
      summary: 'token',
      priceIn: '美元 / 百万 token',
      priceOut: '美元 / 百万 token',
      readFactor: '× 输入价',
      writeFactor: '× 输入价',
    } satisfies Record<Field, string>,
    cachePresets: '缓存系数预设',
    cachePresetNames: {
      anthropic5m: 'Anthropic 5 分钟缓存（0.1× / 1.25×）',
      anthropic1h: 'Anthropic 1 小时缓存（0.1× / 2×）',
      openaiGpt4o: 'OpenAI gpt-4o（0.5× / 1×）',
      openaiGpt52: 'OpenAI gpt-5.2（0.1× / 1×）',
    } satisfies Record<CachePreset, string>,
    cacheNotes: {
      anthropic5m:
        'Anthropic 定价页（platform.claude.com/docs/en/about-claude/pricing）：默认 5 分钟缓存的写入价是基础输入价的 1.25 倍，缓存命中是 0.1 倍，例如 Claude Opus 4.5 输入 $5、写入 $6.25、命中 $0.50（每百万 token）。缓存在每次命中时续期；少数新模型的命中价另有规定，以定价页为准。',
      anthropic1h:
        '同一定价页：1 小时缓存的写入价是基础输入价的 2 倍（Opus 4.5：$10），命中价不变（0.1 倍）。适合两次调用间隔可能超过 5 分钟的长任务。',
      openaiGpt4o:
        'OpenAI Cookbook《Prompt Caching 201》§1.1、§2.2：缓存自动生效，不收额外费用（写入按原价，系数 1）；提示至少 1,024 token 才会缓存，命中以 128 token 为增量；gpt-4o 输入 $2.50、缓存输入 $1.25，即 0.5 倍。该文只适用于 GPT-5.6 之前的模型。',
      openaiGpt52:
        '同一篇 Cookbook §2.2：gpt-5.2 输入 $1.75、缓存输入 $0.175，即 0.1 倍；折扣随模型而变，越新的模型折扣越大。',
    } satisfies Record<CachePreset, string>,
    cachingOff: '缓存关闭：读取、写入系数不参与计算。',
    readout: (
      policy: string,
      input: string,
      cached: string | null,
      cost: string,
      fullInput: string,
      fullCost: string,
    ) =>
      `${policy}：输入 ${input} token${cached === null ? '' : `（其中 ${cached} 读自缓存）`}，每个任务 ${cost}；完整历史：输入 ${fullInput} token，${fullCost}`,
    readoutFull: (input: string, cached: string | null, cost: string) =>
      `完整历史：输入 ${input} token${cached === null ? '' : `（其中 ${cached} 读自缓存）`}，每个任务 ${cost}`,
    summaryCalls: (calls: string, input: string, output: string, cost: string) =>
      `摘要调用 ${calls} 次：输入 ${input} token、输出 ${output} token，${cost}，已计入上面的总数。`,
    noSummaryCalls: '步数不超过摘要间隔 e，没有摘要调用：与完整历史相同。',
    peak: (chosen: string, full: string) => `最长的一次提示：${chosen} token（完整历史：${full} token）。`,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    libError: (message: string) => `lib 拒绝了这组参数：${message}`,
    tooManySteps: (max: string) => `步数超过 ${max}，柱子会细到看不见，这里不画（lib 最多算 10,000 步）。`,
    kept: '图和读数仍是上一次有效输入的结果。',
    chartTitle: '每一步发送的输入 token',
    chartSummary: (policy: string, first: string, last: string, peak: string, fullPeak: string) =>
      `折线与堆叠柱状图：${policy}每步输入从 ${first} 到 ${last} token，最长 ${peak} token；完整历史最长 ${fullPeak} token。`,
    x: '智能体步数 i',
    y: '该次调用的输入 token',
    legendLines: {
      full: '完整历史（实线）',
      window: '滑动窗口（虚线）',
      summary: '定期摘要（点划线）',
    } satisfies Record<PolicyKind, string>,
    legendCached: (policy: string) => `${policy}：读自缓存`,
    legendFresh: (policy: string, caching: boolean) =>
      `${policy}：${caching ? '未命中，写入缓存' : '按输入原价'}`,
    legendSummaries: '摘要调用的输入（菱形）',
    tableSummary: '查看每步的数值',
    tableCaption: (policy: string) => `各策略每步的输入 token，以及${policy}中读自缓存与未命中的部分`,
    columns: (policy: string) => [
      '步',
      '完整历史',
      '滑动窗口',
      '定期摘要',
      `${policy}：缓存`,
      `${policy}：未命中`,
    ],
  },
  en: {
    title: "An agent's context cost: full history, sliding window and summaries",
    hint: 'An agent re-sends its whole context at every step. Step i (counting from 1) sends the system prompt s plus the history the memory policy keeps: s + (i − 1)·t under full history, so n steps send Σ(s + (i − 1)·t) = n·s + t·n(n − 1)/2 in all. A sliding window keeps the last w steps; the summary policy makes one more model call after steps e, 2e, … (not after the last step) that compresses the history into σ tokens, and that call’s input and output count too. With prompt caching on, each call’s whole prompt is written to the cache, and the longest prefix a later call shares with an earlier prompt is billed at the read price, the rest at the write price. Every number comes from lib’s contextCost.',
    policy: 'Chosen policy',
    policies: {
      full: 'Full history',
      window: 'Sliding window',
      summary: 'Periodic summary',
    } satisfies Record<PolicyKind, string>,
    caching: 'Prompt caching on',
    groups: { task: 'Task', policies: 'Memory policies', prices: 'Prices and cache factors' },
    fields: {
      system: 'System prompt s',
      step: 'Added per step t',
      output: 'Output per step',
      steps: 'Steps n',
      window: 'Window w',
      every: 'Summary every e',
      summary: 'Summary length σ',
      priceIn: 'Input price',
      priceOut: 'Output price',
      readFactor: 'Cache read factor',
      writeFactor: 'Cache write factor',
    } satisfies Record<Field, string>,
    fieldHints: {
      system: 'tokens, with tool definitions and task',
      step: 'tokens: thought + action + observation',
      output: 'tokens of t the model generates',
      steps: 'model calls',
      window: 'steps kept',
      every: 'steps',
      summary: 'tokens',
      priceIn: 'USD per million tokens',
      priceOut: 'USD per million tokens',
      readFactor: '× input price',
      writeFactor: '× input price',
    } satisfies Record<Field, string>,
    cachePresets: 'Cache factor presets',
    cachePresetNames: {
      anthropic5m: 'Anthropic 5-minute cache (0.1× / 1.25×)',
      anthropic1h: 'Anthropic 1-hour cache (0.1× / 2×)',
      openaiGpt4o: 'OpenAI gpt-4o (0.5× / 1×)',
      openaiGpt52: 'OpenAI gpt-5.2 (0.1× / 1×)',
    } satisfies Record<CachePreset, string>,
    cacheNotes: {
      anthropic5m:
        'Anthropic’s pricing page (platform.claude.com/docs/en/about-claude/pricing): a write to the default 5-minute cache costs 1.25 × the base input price and a cache hit 0.1 ×; Claude Opus 4.5, for example, lists $5 input, $6.25 writes and $0.50 hits per million tokens. Each hit refreshes the cache; a few newer models list other hit prices, so check the page.',
      anthropic1h:
        'Same pricing page: a write to the 1-hour cache costs 2 × the base input price (Opus 4.5: $10); hits stay at 0.1 ×. Meant for long tasks whose calls may be more than 5 minutes apart.',
      openaiGpt4o:
        'OpenAI Cookbook, “Prompt Caching 201”, §1.1 and §2.2: caching is automatic and costs no extra fee (writes at the plain price, factor 1); prompts of 1,024 tokens or more are cached, and hits come in 128-token increments; gpt-4o lists $2.50 input and $1.25 cached input, 0.5 ×. The guide covers models before GPT-5.6 only.',
      openaiGpt52:
        'Same cookbook, §2.2: gpt-5.2 lists $1.75 input and $0.175 cached input, 0.1 ×; the discount depends on the model and is steeper for newer ones.',
    } satisfies Record<CachePreset, string>,
    cachingOff: 'Caching is off: the read and write factors are not used.',
    readout: (
      policy: string,
      input: string,
      cached: string | null,
      cost: string,
      fullInput: string,
      fullCost: string,
    ) =>
      `${policy}: ${input} input tokens${cached === null ? '' : ` (${cached} read from cache)`}, ${cost} per task; full history: ${fullInput} input tokens, ${fullCost}`,
    readoutFull: (input: string, cached: string | null, cost: string) =>
      `Full history: ${input} input tokens${cached === null ? '' : ` (${cached} read from cache)`}, ${cost} per task`,
    summaryCalls: (calls: string, input: string, output: string, cost: string) =>
      `${calls} summariser calls: ${input} input and ${output} output tokens, ${cost}, included in the totals above.`,
    noSummaryCalls:
      'The task has no more steps than the summary interval e, so there is no summariser call: the same as full history.',
    peak: (chosen: string, full: string) =>
      `Longest prompt: ${chosen} tokens (full history: ${full} tokens).`,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    libError: (message: string) => `lib refused these inputs: ${message}`,
    tooManySteps: (max: string) =>
      `More than ${max} steps would make the bars too thin to see, so the demo stops there (lib computes up to 10,000).`,
    kept: 'The chart and readout still show the last valid inputs.',
    chartTitle: 'Input tokens sent at each step',
    chartSummary: (policy: string, first: string, last: string, peak: string, fullPeak: string) =>
      `Lines and stacked bars: under ${policy.toLowerCase()} the input per step goes from ${first} to ${last} tokens, ${peak} at most; full history reaches ${fullPeak}.`,
    x: 'Agent step i',
    y: 'Input tokens of the call',
    legendLines: {
      full: 'Full history (solid)',
      window: 'Sliding window (dashed)',
      summary: 'Periodic summary (dash-dot)',
    } satisfies Record<PolicyKind, string>,
    legendCached: (policy: string) => `${policy}: read from cache`,
    legendFresh: (policy: string, caching: boolean) =>
      `${policy}: ${caching ? 'not cached, written to cache' : 'at the plain input price'}`,
    legendSummaries: 'Summariser call input (diamonds)',
    tableSummary: 'Show the numbers per step',
    tableCaption: (policy: string) =>
      `Input tokens per step for each policy, and the cached and uncached parts under ${policy.toLowerCase()}`,
    columns: (policy: string) => [
      'Step',
      'Full history',
      'Sliding window',
      'Periodic summary',
      `${policy}: cached`,
      `${policy}: not cached`,
    ],
  },
};

export type ContextCostText = (typeof TEXT)['zh'];

import type { PresetKey } from './presets';

/** The moe-router demo's words, Chinese first. Experts and tokens are numbered from 1 on screen. */
export const TEXT = {
  zh: {
    title: 'MoE 路由器：top-k、专家容量与负载均衡损失',
    hint: '每行是一个 token 对各专家的路由 logit（可直接编辑）。路由器先做 softmax，再选概率最大的 k 个专家；容量满了的专家会丢弃后到的 token；负载均衡损失衡量路由有多不均匀。',
    presets: '示例',
    presetNames: {
      mixed: '多数偏向专家 1',
      balanced: '完全均衡',
      collapse: '塌缩到专家 1',
    } satisfies Record<PresetKey, string>,
    topK: 'top-k（每个 token 选几个专家）',
    gates: '门控权重',
    renorm: '在选中的 k 个专家上重新归一化（Mixtral）',
    raw: '直接用 softmax 概率（Switch Transformer）',
    gatesNote:
      'Mixtral 的实现先 softmax、再取 top-k、再把这 k 个概率除以它们的和；Switch Transformer 只取 top-1，门控值就是该专家的 softmax 概率；Qwen2-MoE 用 norm_topk_prob 开关在两者之间选择。k = 1 时重新归一化的门控恒为 1。',
    capacity: '容量因子',
    noCapacity: '不限（不丢弃）',
    capacityLine: (c: number | null, cf: string, tokens: number, k: number, experts: number) =>
      c === null
        ? '不设容量：每个专家接收所有路由给它的 token（不丢弃，Mixtral 的做法）。'
        : `每个专家的容量 C = ⌈${cf} × ${tokens} × ${k} / ${experts}⌉ = ${c}。按“先所有 token 的第 1 选择（按 token 顺序），再第 2 选择”的次序填入，超出容量的分配被丢弃（该 token 的这一路输出为 0，只剩残差）。`,
    readout: (loss: string, balance: string) =>
      `L_aux = α·N·Σ fᵢ·Pᵢ = ${loss}（α = 0.01，N·Σ fᵢ·Pᵢ = ${balance}）`,
    lossNote:
      'fᵢ 是被路由到专家 i 的 token 比例，Pᵢ 是所有 token 对专家 i 的平均路由概率，N 是专家数，α = 10⁻²（Switch Transformer 式 4）。路由完全均匀时 fᵢ = Pᵢ = 1/N，损失等于 α；塌缩到一个专家时接近 N·α。top-2 时这里按 HF 的 load_balancing_loss_func（Mixtral）计：k 个选择各算一份 f，均衡时为 k·α；Megatron-Core 再除以 k。',
    tableCaption: '每个 token 的路由 logit、softmax 概率和选中的专家',
    token: 'token',
    expert: (e: number) => `专家 ${e}`,
    chosen: '选中（门控）',
    dropped: '被丢弃',
    none: '—',
    cellLabel: (t: number, e: number) => `token ${t} 对专家 ${e} 的 logit`,
    prob: (p: string) => `p = ${p}`,
    choice: (e: number, gate: string) => `专家 ${e}（${gate}）`,
    droppedTo: (e: number) => `专家 ${e} 已满`,
    addToken: '+ token',
    removeToken: '− token',
    addExpert: '+ 专家',
    removeExpert: '− 专家',
    sizeNote: (tokens: number, experts: number, maxT: number, minE: number, maxE: number) =>
      `${tokens} 个 token × ${experts} 个专家（token 1–${maxT} 个，专家 ${minE}–${maxE} 个）`,
    notNumber: (t: number, e: number, text: string) =>
      `token ${t}、专家 ${e} 的“${text}”不是数字（−∞ 可写作 -inf）。`,
    invalid: (message: string) => `lib 报错：${message}`,
    kept: '下面仍显示上一次有效输入的结果。',
    chartTitle: '各专家的负载',
    chartSummary: (requested: string, capacity: string, dropped: number) =>
      `柱状图：各专家收到的分配数 ${requested}；${capacity}；共丢弃 ${dropped} 个分配。`,
    capacityPart: (c: number | null) => (c === null ? '不设容量' : `容量 C = ${c}`),
    x: '专家',
    y: '分配数',
    legendKept: '保留的分配',
    legendDropped: '超出容量被丢弃',
    legendCapacity: '容量 C',
    loadCaption: '各专家的分配数',
    loadColumns: ['专家', '请求', '保留', '丢弃'],
  },
  en: {
    title: 'MoE router: top-k, expert capacity and the load-balancing loss',
    hint: 'Each row is one token’s router logits over the experts (edit them). The router takes a softmax and picks the k most probable experts; an expert that is full drops the tokens that arrive late; the load-balancing loss measures how uneven the routing is.',
    presets: 'Examples',
    presetNames: {
      mixed: 'Most lean to expert 1',
      balanced: 'Perfectly balanced',
      collapse: 'Collapsed onto expert 1',
    } satisfies Record<PresetKey, string>,
    topK: 'top-k (experts per token)',
    gates: 'Gate weights',
    renorm: 'renormalised over the k chosen experts (Mixtral)',
    raw: 'the raw softmax probabilities (Switch Transformer)',
    gatesNote:
      'Mixtral’s implementation takes the softmax, then the top k, then divides those k probabilities by their sum; Switch Transformer routes top-1 and gates with that expert’s softmax probability; Qwen2-MoE chooses between the two with norm_topk_prob. At k = 1 a renormalised gate is always 1.',
    capacity: 'Capacity factor',
    noCapacity: 'none (no drops)',
    capacityLine: (c: number | null, cf: string, tokens: number, k: number, experts: number) =>
      c === null
        ? 'No capacity: every expert takes every token routed to it (dropless, as Mixtral).'
        : `Capacity per expert C = ⌈${cf} × ${tokens} × ${k} / ${experts}⌉ = ${c}. Slots fill with every token’s 1st choice in token order, then every 2nd choice; assignments past capacity are dropped (that path outputs 0 and only the residual passes).`,
    readout: (loss: string, balance: string) =>
      `L_aux = α·N·Σ fᵢ·Pᵢ = ${loss} (α = 0.01, N·Σ fᵢ·Pᵢ = ${balance})`,
    lossNote:
      'fᵢ is the share of tokens routed to expert i, Pᵢ the mean router probability of expert i over the tokens, N the number of experts, α = 10⁻² (Switch Transformer eq. 4). Perfectly even routing has fᵢ = Pᵢ = 1/N and a loss of α; routing collapsed onto one expert approaches N·α. At top-2 this follows HF’s load_balancing_loss_func (Mixtral): each of the k choices counts in f, so balanced routing gives k·α; Megatron-Core divides by k.',
    tableCaption: 'Each token’s router logits, softmax probabilities and chosen experts',
    token: 'token',
    expert: (e: number) => `expert ${e}`,
    chosen: 'chosen (gate)',
    dropped: 'dropped',
    none: '—',
    cellLabel: (t: number, e: number) => `token ${t}, expert ${e} logit`,
    prob: (p: string) => `p = ${p}`,
    choice: (e: number, gate: string) => `expert ${e} (${gate})`,
    droppedTo: (e: number) => `expert ${e} full`,
    addToken: '+ token',
    removeToken: '− token',
    addExpert: '+ expert',
    removeExpert: '− expert',
    sizeNote: (tokens: number, experts: number, maxT: number, minE: number, maxE: number) =>
      `${tokens} tokens × ${experts} experts (1–${maxT} tokens, ${minE}–${maxE} experts)`,
    notNumber: (t: number, e: number, text: string) =>
      `Token ${t}, expert ${e}: “${text}” is not a number (write −∞ as -inf).`,
    invalid: (message: string) => `lib error: ${message}`,
    kept: 'The result below is still the last valid input’s.',
    chartTitle: 'Load per expert',
    chartSummary: (requested: string, capacity: string, dropped: number) =>
      `Bar chart: assignments requested per expert ${requested}; ${capacity}; ${dropped} assignments dropped in all.`,
    capacityPart: (c: number | null) => (c === null ? 'no capacity limit' : `capacity C = ${c}`),
    x: 'Expert',
    y: 'Assignments',
    legendKept: 'kept assignments',
    legendDropped: 'dropped past capacity',
    legendCapacity: 'capacity C',
    loadCaption: 'Assignments per expert',
    loadColumns: ['Expert', 'Requested', 'Kept', 'Dropped'],
  },
};

export type MoeText = (typeof TEXT)['zh'];

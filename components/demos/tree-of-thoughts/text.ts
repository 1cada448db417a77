import type { TotEvaluation, TotValueHeuristic } from '@/lib/prompting/game-of-24';
import type { NumbersError, PresetKey } from './numbers';

/** The tree-of-thoughts demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '思维树：在 24 点游戏上做广度优先搜索',
    hint: '每一步从剩下的数里挑两个，用 + − × ÷ 之一合成一个（一个“思维”），三步之后只剩一个数；每一层只保留价值最高的 b 个状态，这就是 Yao 等人 2023 年 §4.1 的 ToT-BFS。论文让 LLM 给每个状态打 sure / maybe / impossible，这里换成三条写明了的精确规则；所有算术都用分数，不用浮点。',
    field: (i: number) => `第 ${i} 个数`,
    numbersHint:
      '整数 1–13（论文所用 4nums.com 题库的范围，即扑克牌点数）。把四个数一起粘贴进任意一格，会自动分到四格。',
    error: (e: NumbersError): string => {
      switch (e.kind) {
        case 'empty':
          return `第 ${e.field} 个数是空的：这个游戏需要四个数。`;
        case 'several':
          return `第 ${e.field} 格里不止一个数：每格只填一个（一次粘贴恰好四个数会自动分到四格）。`;
        case 'notNumber':
          return `第 ${e.field} 个数“${e.text}”不是数字。`;
        case 'notInteger':
          return `第 ${e.field} 个数 ${e.text} 不是整数。`;
        case 'range':
          return `第 ${e.field} 个数 ${e.text} 超出范围：只接受 ${e.min} 到 ${e.max} 的整数。`;
      }
    },
    libError: (message: string) => `无法计算：${message}`,
    kept: '下面仍显示上一组有效数字的结果。',
    presets: '预设',
    presetNames: {
      example: '4 9 10 13',
      fives: '1 5 5 5',
      eights: '3 3 8 8',
      ones: '1 1 1 1',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      example: '(10 − 4) × (13 − 9) = 24。看看贪心推演规则在 b 取多大时才找到解。',
      fives: '唯一的解 5 × (5 − 1 ÷ 5) 要经过分数 1/5：只允许整数的搜索找不到它。',
      eights:
        '唯一的解 8 ÷ (3 − 8 ÷ 3) 经过 8/3 和 1/3；用浮点数算会得到 23.99999999999999，所以必须用精确分数。',
      ones: '无解：四个 1 最多凑出 (1 + 1) × (1 + 1) = 4，任何 b、任何价值规则都解不出。',
    } satisfies Record<PresetKey, string>,
    beam: '束宽 b（每步保留的状态数）',
    beamValue: (b: number) => (b === 1 ? '1（一条贪心链）' : String(b)),
    value: '价值规则（代替论文中的 LLM 打分）',
    values: {
      rollout: '贪心推演：每步都取最接近 24 的结果走到底，看差多少',
      'one-step': '一步前瞻：再走一步能得到的最接近 24 的数',
      oracle: '神谕：精确求解器判断还能否凑出 24（作弊）',
    } satisfies Record<TotValueHeuristic, string>,
    valueNotes: {
      rollout: '只试算一次，不做搜索：解就在另一步之外时，它也可能看不到。',
      'one-step': '更便宜也更短视：不管这一步没用到的那些数。',
      oracle:
        '它知道答案，而 LLM 不知道：有了它，b = 1 就能解出每道有解的题。这是价值函数的上限，不代表 ToT 的实际表现。',
    } satisfies Record<TotValueHeuristic, string>,
    readout: (b: number, solution: string | null, expanded: number, valued: number) =>
      `b = ${b}${b === 1 ? '（贪心链）' : ''}：${solution === null ? '未解出' : `解出 ${solution}`} · 展开 ${expanded} 个节点 · 评估 ${valued} 个状态`,
    solver: (count: number, first: string | null) =>
      first === null
        ? '精确求解器：这组数凑不出 24，任何搜索都解不出。'
        : `精确求解器：共 ${count} 种不同的解（同一串加减或乘除只是换了顺序或结合方式的，算同一种），例如 ${first}。`,
    treeTitle: '搜索树（逐层）',
    movesNote:
      '减法总是大数减小数（不出现负数），所以每对数给出 5 个思维（+、−、×、两个方向的 ÷），不是 6 个；穷举 1–13 的所有题目可以验证，这不会让任何一道有解的题变成无解。',
    start: (numbers: string) => `起点：${numbers}`,
    level: (d: number, expanded: number, generated: number, distinct: number, kept: number) =>
      `第 ${d} 步：展开 ${expanded} 个状态 → 生成 ${generated} 个思维（其中剩余数字互不相同的 ${distinct} 个）→ 保留 ${kept} 个`,
    keptList: (d: number) => `第 ${d} 步保留的状态，价值从高到低`,
    keptBadge: (rank: number) => `保留 #${rank}`,
    pathBadge: '解路径',
    duplicateBadge: (id: number) => `与 #${id} 重复`,
    droppedBadge: '淘汰',
    from: (numbers: string) => `来自 ${numbers}`,
    show: (d: number, n: number) => `展开第 ${d} 步的全部 ${n} 个思维`,
    hide: (d: number) => `收起第 ${d} 步的思维`,
    allCaption: (d: number) => `第 ${d} 步生成的全部思维，按生成顺序（被展开的父状态按名次，运算按 + − × ÷）`,
    allColumns: ['#', '来自', '思维', '价值', '结果'],
    evaluation: (e: TotEvaluation | null): string => {
      if (e === null) return '—';
      if (e.kind === 'oracle') return e.sure ? '可达（求解器）' : '不可能（求解器）';
      if (e.kind === 'rollout') return `推演到 ${e.reached}，差 ${e.distance}`;
      return `下一步最近 ${e.reached}，差 ${e.distance}`;
    },
    path: (steps: string) => `解路径：${steps}`,
    noPath: '没有解路径：第 3 步保留的最好状态不是 24。',
    compareCaption: '束搜索与贪心链对比：同一道题、同一价值规则，b 从 1 到 5',
    compareColumns: ['b', '展开节点', '评估状态', '解出？', '解'],
    shown: '（当前）',
    yes: '✓ 是',
    no: '✗ 否',
    costNote:
      '论文里每评估一个状态就要调用一次 LLM 的价值提示，所以“评估状态”数近似于成本：它随 b 增长，而 b = 1 的贪心链最省，也最容易一步走错就回不了头。',
  },
  en: {
    title: 'Tree of Thoughts: breadth-first search on the Game of 24',
    hint: 'Each step takes two of the remaining numbers and combines them with one of + − × ÷ (one "thought"), so after three steps one number is left; each level keeps only the b states with the best value. This is ToT-BFS as in Yao et al. 2023 §4.1. The paper asks an LLM to rate each state sure / maybe / impossible; here three stated, exact rules do it, and all arithmetic is on fractions, never floating point.',
    field: (i: number) => `Number ${i}`,
    numbersHint:
      'Whole numbers 1–13 (the range of the 4nums.com puzzles the paper uses: card values). Paste all four into any field and they fill the four fields.',
    error: (e: NumbersError): string => {
      switch (e.kind) {
        case 'empty':
          return `Number ${e.field} is empty: the game needs four numbers.`;
        case 'several':
          return `Number ${e.field} holds more than one number: one per field (pasting exactly four fills all four).`;
        case 'notNumber':
          return `Number ${e.field}: “${e.text}” is not a number.`;
        case 'notInteger':
          return `Number ${e.field}: ${e.text} is not a whole number.`;
        case 'range':
          return `Number ${e.field}: ${e.text} is out of range; use whole numbers from ${e.min} to ${e.max}.`;
      }
    },
    libError: (message: string) => `Cannot compute: ${message}`,
    kept: 'The last valid puzzle stays on screen.',
    presets: 'Presets',
    presetNames: {
      example: '4 9 10 13',
      fives: '1 5 5 5',
      eights: '3 3 8 8',
      ones: '1 1 1 1',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      example: '(10 − 4) × (13 − 9) = 24. Watch from which b the greedy-rollout rule finds a solution.',
      fives:
        'Its only solution, 5 × (5 − 1 ÷ 5), passes through the fraction 1/5: a search that allows only whole numbers never finds it.',
      eights:
        'Its only solution, 8 ÷ (3 − 8 ÷ 3), passes through 8/3 and 1/3; floating point gives 23.99999999999999, so the arithmetic has to be exact.',
      ones: 'No solution: four 1s make at most (1 + 1) × (1 + 1) = 4, so no b and no value rule can solve it.',
    } satisfies Record<PresetKey, string>,
    beam: 'Beam width b (states kept per step)',
    beamValue: (b: number) => (b === 1 ? '1 (one greedy chain)' : String(b)),
    value: 'Value rule (stands in for the paper’s LLM rating)',
    values: {
      rollout: 'Greedy rollout: finish by always taking the result closest to 24; how far off',
      'one-step': 'One-step lookahead: the result closest to 24 one more step can make',
      oracle: 'Oracle: the exact solver says whether 24 is still reachable (cheating)',
    } satisfies Record<TotValueHeuristic, string>,
    valueNotes: {
      rollout: 'One trial, not a search: it can miss a solution that is one different step away.',
      'one-step': 'Cheaper and more myopic: it ignores the numbers that step leaves unused.',
      oracle:
        'It knows the answer, which no LLM does: with it b = 1 solves every solvable puzzle. It is the ceiling of a value function, not what ToT achieves.',
    } satisfies Record<TotValueHeuristic, string>,
    readout: (b: number, solution: string | null, expanded: number, valued: number) =>
      `b = ${b}${b === 1 ? ' (greedy chain)' : ''}: ${solution === null ? 'not solved' : `solved, ${solution}`} · ${expanded} nodes expanded · ${valued} states valued`,
    solver: (count: number, first: string | null) =>
      first === null
        ? 'Exact solver: these numbers cannot make 24, so no search can solve them.'
        : `Exact solver: ${count} distinct ${count === 1 ? 'solution' : 'solutions'} (reordering or regrouping the same additions or multiplications counts once), e.g. ${first}.`,
    treeTitle: 'The search tree, level by level',
    movesNote:
      'Subtraction always takes the smaller number from the larger (no negative numbers), so each pair gives 5 thoughts (+, −, × and ÷ both ways), not 6; enumerating every puzzle over 1–13 shows this makes no solvable puzzle unsolvable.',
    start: (numbers: string) => `Start: ${numbers}`,
    level: (d: number, expanded: number, generated: number, distinct: number, kept: number) =>
      `Step ${d}: ${expanded} ${expanded === 1 ? 'state' : 'states'} expanded → ${generated} thoughts (${distinct} leaving different numbers) → ${kept} kept`,
    keptList: (d: number) => `States kept at step ${d}, best value first`,
    keptBadge: (rank: number) => `kept #${rank}`,
    pathBadge: 'solution path',
    duplicateBadge: (id: number) => `same as #${id}`,
    droppedBadge: 'dropped',
    from: (numbers: string) => `from ${numbers}`,
    show: (d: number, n: number) => `Show all ${n} thoughts of step ${d}`,
    hide: (d: number) => `Hide the thoughts of step ${d}`,
    allCaption: (d: number) =>
      `Every thought generated at step ${d}, in generation order (expanded states by rank, operations as + − × ÷)`,
    allColumns: ['#', 'From', 'Thought', 'Value', 'Fate'],
    evaluation: (e: TotEvaluation | null): string => {
      if (e === null) return '—';
      if (e.kind === 'oracle') return e.sure ? 'sure (solver)' : 'impossible (solver)';
      if (e.kind === 'rollout') return `rollout ends at ${e.reached}, off by ${e.distance}`;
      return `closest next ${e.reached}, off by ${e.distance}`;
    },
    path: (steps: string) => `Solution path: ${steps}`,
    noPath: 'No solution path: the best state kept at step 3 is not 24.',
    compareCaption: 'Beam vs greedy chain: the same puzzle and value rule, b from 1 to 5',
    compareColumns: ['b', 'Nodes expanded', 'States valued', 'Solved?', 'Solution'],
    shown: ' (shown)',
    yes: '✓ yes',
    no: '✗ no',
    costNote:
      'In the paper each valued state is one LLM value prompt, so “states valued” stands for the cost: it grows with b, and the greedy chain (b = 1) is cheapest and the likeliest to take one wrong step it cannot undo.',
  },
};

export type TotText = (typeof TEXT)['zh'];

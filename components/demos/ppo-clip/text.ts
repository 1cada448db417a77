import type { FieldError } from '@/components/demos/shared/number-field';
import type { ClipField, ClipState, EpsPreset } from './compute';

type Sign = 'pos' | 'neg';

/** The PPO-clip demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: 'PPO 裁剪目标：梯度在哪里消失',
    hint: 'L = min(r·A, clip(r, 1 − ε, 1 + ε)·A)，r = π_θ/π_θold 是新旧策略对同一个词元的概率比（Schulman 等，2017，式 7）。左图 A > 0，右图 A < 0；实线是 L，虚线是未裁剪的 r·A，斜线阴影是 ∂L/∂r = 0 的平坦区。曲线和梯度都由 lib 的 ppoClipObjective 与 ppoClipGradient 逐点算出。',
    fields: { eps: 'ε（直接输入）', adv: '优势 A' } satisfies Record<ClipField, string>,
    fieldHints: { eps: 'cliprange', adv: 'Â' } satisfies Record<ClipField, string>,
    epsSlider: '裁剪范围 ε',
    epsPresets: 'ε 预设',
    epsPresetNames: {
      '0.1': 'ε = 0.1',
      '0.2': 'ε = 0.2（PPO 论文、Llama 2）',
      '0.3': 'ε = 0.3',
    } satisfies Record<EpsPreset, string>,
    flip: '翻转 A 的符号',
    ratioSlider: '概率比 r = π_θ / π_θold',
    readout: (r: string, a: string, eps: string, objective: string, gradient: string) =>
      `r = ${r}，A = ${a}，ε = ${eps}：L = ${objective}，∂L/∂r = ${gradient}`,
    badges: { up: '▲ 仍在推高', down: '▼ 仍在压低', none: '■ 不再推动' },
    states: {
      pos: {
        inside:
          '这个好词元仍被推高：r 在 [1 − ε, 1 + ε] 内，min 取 r·A，∂L/∂r = A，这一步会继续提高它的概率。',
        kink: '这个好词元还被推高最后一步：r 恰好等于 1 + ε，两项相等；PyTorch 的 torch.clamp 在边界上仍放行梯度（次梯度取 1），torch.max/min 在相等时两边各分一半，合起来 ∂L/∂r = A。再往右一点就进入平坦区。',
        worse:
          '这个好词元被推高，而且不受裁剪：策略已经把它的概率压到 r < 1 − ε，min 保留未裁剪的 r·A，完整的梯度 A 把它拉回来。往坏方向走的一步永远不会被裁掉。',
        flat: '这个好词元不再被推动：r > 1 + ε，min 取常数 (1 + ε)·A，∂L/∂r = 0。本轮更新里再提高它的概率拿不到任何额外目标值。',
      },
      neg: {
        inside:
          '这个坏词元仍被压低：r 在 [1 − ε, 1 + ε] 内，min 取 r·A，∂L/∂r = A < 0，这一步会继续降低它的概率。',
        kink: '这个坏词元还被压低最后一步：r 恰好等于 1 − ε，两项相等；torch.clamp 在边界上仍放行梯度，torch.max/min 在相等时各分一半，合起来 ∂L/∂r = A。再往左一点就进入平坦区。',
        worse:
          '这个坏词元被压低，而且不受裁剪：策略已经把它的概率抬到 r > 1 + ε，min 保留未裁剪的 r·A，完整的梯度 A 把它压回去。往坏方向走的一步永远不会被裁掉。',
        flat: '这个坏词元不再被推动：r < 1 − ε，min 取常数 (1 − ε)·A，∂L/∂r = 0。本轮更新里再降低它的概率拿不到任何额外目标值。',
      },
    } satisfies Record<Sign, Record<ClipState, string>>,
    kinkNote:
      '在拐点 r = 1 ± ε 处导数没有定义。lib 的 ppoClipGradient 按 TRL 的写法 max(−A·r, −A·clamp(r, 1 − ε, 1 + ε)) 经 PyTorch 自动求导的结果取值：torch.clamp 在上下界处放行梯度（derivatives.yaml 注明次梯度取 1），torch.maximum/minimum 在两项相等时各分一半梯度，所以拐点处取裁剪区间内侧的单侧导数 A。对 log π_θ 的梯度还要再乘 r。',
    panelTitle: (sign: Sign, a: string) => (sign === 'pos' ? `A > 0（A = ${a}）` : `A < 0（A = ${a}）`),
    current: '当前',
    flatLabel: '∂L/∂r = 0',
    kinkLow: '1−ε',
    kinkHigh: '1+ε',
    x: '概率比 r',
    y: '目标 L',
    legendClipped: '裁剪目标 L（实线）',
    legendUnclipped: '未裁剪的 r·A（虚线）',
    legendFlat: '平坦区：∂L/∂r = 0（斜线阴影）',
    legendAt: '当前的 r',
    chartSummary: (a: string, eps: string, from: string, to: string) =>
      `折线图：A = ${a}、ε = ${eps} 时裁剪目标 L 随概率比 r 的变化，虚线是未裁剪的 r·A；r 在 ${from} 到 ${to} 之间是平坦区，梯度为 0。`,
    tableSummary: (a: string) => `查看 A = ${a} 时若干 r 处的数值`,
    tableCaption: (a: string, eps: string) => `A = ${a}、ε = ${eps} 时的 L、r·A 与 ∂L/∂r`,
    columns: ['r', 'L', 'r·A', '∂L/∂r'],
    currentRow: (r: string) => `${r}（当前）`,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    rules: {
      eps: 'ε 必须大于 0 且小于 1：ε = 0 时任何变化都被裁掉，ε ≥ 1 时下界 1 − ε 到了 0 以下。',
      adv: '优势 A 必须是有限的数。',
      other: 'lib 拒绝了这组输入。',
    },
    libError: (field: string, rule: string, message: string) =>
      `${field ? `“${field}”：` : ''}${rule}（lib：${message}）`,
    zero: 'A = 0 时对每个 r 都有 L = 0、∂L/∂r = 0：这个词元既不被推高也不被压低，也就没有裁剪可看。请输入一个非零的 A。',
    kept: '下面仍是上一次有效输入的结果。',
  },
  en: {
    title: 'PPO’s clipped objective: where the gradient vanishes',
    hint: 'L = min(r·A, clip(r, 1 − ε, 1 + ε)·A), with r = π_θ/π_θold the new-to-old probability ratio of one token (Schulman et al., 2017, eq. 7). Left A > 0, right A < 0; the solid line is L, the dashed line the unclipped r·A, the hatched band the flat region where ∂L/∂r = 0. Curves and gradients come from lib’s ppoClipObjective and ppoClipGradient at every point.',
    fields: { eps: 'ε (type a value)', adv: 'Advantage A' } satisfies Record<ClipField, string>,
    fieldHints: { eps: 'cliprange', adv: 'Â' } satisfies Record<ClipField, string>,
    epsSlider: 'Clip range ε',
    epsPresets: 'ε presets',
    epsPresetNames: {
      '0.1': 'ε = 0.1',
      '0.2': 'ε = 0.2 (PPO paper, Llama 2)',
      '0.3': 'ε = 0.3',
    } satisfies Record<EpsPreset, string>,
    flip: 'Flip the sign of A',
    ratioSlider: 'Probability ratio r = π_θ / π_θold',
    readout: (r: string, a: string, eps: string, objective: string, gradient: string) =>
      `r = ${r}, A = ${a}, ε = ${eps}: L = ${objective}, ∂L/∂r = ${gradient}`,
    badges: { up: '▲ still pushed up', down: '▼ still pushed down', none: '■ no longer pushed' },
    states: {
      pos: {
        inside:
          'This good token is still pushed up: r is inside [1 − ε, 1 + ε], the min takes r·A and ∂L/∂r = A, so this step raises its probability further.',
        kink: 'This good token gets one last push: r is exactly 1 + ε, where the two terms tie. PyTorch’s torch.clamp still passes the gradient at its bound (subgradient 1) and torch.max/min split a tie half and half, so ∂L/∂r = A. A little further right the objective is flat.',
        worse:
          'This good token is pushed up, and never clipped: the policy has already made it less likely (r < 1 − ε), the min keeps the unclipped r·A, and the full gradient A pulls it back. A step in the wrong direction is never clipped.',
        flat: 'This good token is no longer pushed: r > 1 + ε, the min takes the constant (1 + ε)·A and ∂L/∂r = 0. Raising its probability further earns nothing in this update.',
      },
      neg: {
        inside:
          'This bad token is still pushed down: r is inside [1 − ε, 1 + ε], the min takes r·A and ∂L/∂r = A < 0, so this step lowers its probability further.',
        kink: 'This bad token gets one last push down: r is exactly 1 − ε, where the two terms tie. torch.clamp still passes the gradient at its bound and torch.max/min split a tie, so ∂L/∂r = A. A little further left the objective is flat.',
        worse:
          'This bad token is pushed down, and never clipped: the policy has already made it more likely (r > 1 + ε), the min keeps the unclipped r·A, and the full gradient A pushes it back. A step in the wrong direction is never clipped.',
        flat: 'This bad token is no longer pushed: r < 1 − ε, the min takes the constant (1 − ε)·A and ∂L/∂r = 0. Lowering its probability further earns nothing in this update.',
      },
    } satisfies Record<Sign, Record<ClipState, string>>,
    kinkNote:
      'At the kinks r = 1 ± ε the derivative does not exist. lib’s ppoClipGradient returns what PyTorch autograd gives for TRL’s max(−A·r, −A·clamp(r, 1 − ε, 1 + ε)): torch.clamp passes the gradient at its bounds (derivatives.yaml: “subgradient 1”), torch.maximum/minimum split it half and half at a tie, so at a kink the one-sided derivative from inside the clip range, A, wins. The gradient with respect to log π_θ is r times this.',
    panelTitle: (sign: Sign, a: string) => (sign === 'pos' ? `A > 0 (A = ${a})` : `A < 0 (A = ${a})`),
    current: 'current',
    flatLabel: '∂L/∂r = 0',
    kinkLow: '1−ε',
    kinkHigh: '1+ε',
    x: 'Probability ratio r',
    y: 'Objective L',
    legendClipped: 'clipped objective L (solid)',
    legendUnclipped: 'unclipped r·A (dashed)',
    legendFlat: 'flat region: ∂L/∂r = 0 (hatched)',
    legendAt: 'current r',
    chartSummary: (a: string, eps: string, from: string, to: string) =>
      `Line chart: the clipped objective L against the probability ratio r for A = ${a}, ε = ${eps}, with the unclipped r·A dashed; between r = ${from} and ${to} it is flat and the gradient is 0.`,
    tableSummary: (a: string) => `Values at a few ratios for A = ${a}`,
    tableCaption: (a: string, eps: string) => `L, r·A and ∂L/∂r for A = ${a}, ε = ${eps}`,
    columns: ['r', 'L', 'r·A', '∂L/∂r'],
    currentRow: (r: string) => `${r} (current)`,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    rules: {
      eps: 'ε must be above 0 and below 1: at ε = 0 every change is clipped away, at ε ≥ 1 the lower bound 1 − ε reaches 0.',
      adv: 'The advantage A must be a finite number.',
      other: 'lib rejects these inputs.',
    },
    libError: (field: string, rule: string, message: string) =>
      `${field ? `“${field}”: ` : ''}${rule} (lib: ${message})`,
    zero: 'With A = 0, L = 0 and ∂L/∂r = 0 at every ratio: the token is pushed neither up nor down, so there is no clipping to see. Type a non-zero A.',
    kept: 'The results below are from the last valid input.',
  },
};

export type ClipText = (typeof TEXT)['zh'];

import type { FieldError } from '@/components/demos/shared/number-field';
import type { PresetKey, Side } from './presets';

const SUBSCRIPTS = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];
const sub = (n: number) => [...String(n)].map((d) => SUBSCRIPTS[Number(d)] ?? d).join('');

/** I₁, I₂, … for images and T₁, T₂, … for captions (index from 0). */
export const vectorName = (side: Side, index: number) => `${side === 'images' ? 'I' : 'T'}${sub(index + 1)}`;

/** The component names of a 2-D or 3-D vector. */
export const AXES = ['x', 'y', 'z'] as const;

/** The CLIP-loss demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: 'CLIP 对比损失：相似度矩阵、两个方向的交叉熵与 logit scale',
    hint: '向量只是示意：真实的 CLIP 嵌入有几百维，这里用 2 维或 3 维的小向量代替，只有方向有意义（每一行都会先做 L2 归一化）。第 i 张图与第 i 条文本是一对正样本，同一批里的其他组合都是负样本。每个数都由 lib 的 clipLossTerms（基于 clipContrastiveLoss）算出：logits = s · Î·T̂ᵀ，s 是 logit scale，也就是温度的倒数 1/τ。',
    pairs: '样本对数',
    dims: '维数',
    presets: '预设',
    custom: '（自定义）',
    presetNames: {
      aligned: '对齐',
      swap: '交换文本 1 与 2',
      hard: '近似重复的文本',
      orthogonal: '正交（3 维）',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      aligned:
        '每条文本都大致指向自己那张图的方向。I₂ 与 T₂ 方向完全相同（余弦为 1），但 T₂ 离 I₁、I₃ 也不远，所以第 2 列（文本→图像）的交叉熵最大。',
      swap: '把 T₁ 和 T₂ 对调：前两对都配错了，对角线不再是各行各列的最大值。把 s 调大，损失随之上升。',
      hard: 'T₂ 几乎是 T₁ 的复制品，就像同一批里两条很像的描述。T₂ 这一列的交叉熵居高不下；s 超过初始值以后，它被当成“错的”罚得越来越重，总损失反而上升。',
      orthogonal:
        '三对向量各占一个坐标轴：正样本余弦为 1，负样本为 0，这是 3 对样本能做到的最好情形。s 越大，损失越接近 0。',
    } satisfies Record<PresetKey, string>,
    sides: { images: '图像', texts: '文本' } satisfies Record<Side, string>,
    vectorsCaption: '每一行是一对样本：图像向量 Iᵢ 与它的文本向量 Tᵢ（可以直接编辑分量）',
    pairColumn: '样本对',
    field: (vector: string, axis: string) => `${vector} 的 ${axis} 分量`,
    scale: 'logit scale s = 1/τ',
    scaleValue: (label: string, tau: string) => `${label}（τ = ${tau}）`,
    scalePresets: 'CLIP 的取值',
    scalePresetNames: { init: '初始值 1/0.07', clamp: '上限 100' },
    scaleNote:
      'CLIP 学习的是 log s：open_clip 把它初始化为 log(1/0.07)，训练中截断在 log 100。s 越大，softmax 越尖锐：配对正确时损失趋近 0，配错时损失随 s 近似线性增长。',
    readout: (loss: string, i2t: string, t2i: string) =>
      `损失 = ${loss} = ½（图像→文本 ${i2t} + 文本→图像 ${t2i}）`,
    heatmapTitle: '余弦相似度矩阵',
    heatmapSummary: (n: number, diagonal: string) =>
      `${n} × ${n} 的余弦相似度矩阵：行是图像，列是文本，对角线（加框）是正样本对，依次为 ${diagonal}。`,
    heatmapCaption: '余弦相似度 cos(Iᵢ, Tⱼ)',
    corner: '图像 \\ 文本',
    imagesAxis: '图像',
    textsAxis: '文本',
    keyNote: '颜色深浅表示绝对值，蓝色为正、橙色为负；格子里印着数值，加框的是正样本对。',
    logitsCaption: (scale: string) =>
      `logits = s · cos，s = ${scale}；最后一列是每行（图像→文本）的交叉熵，最后一行是每列（文本→图像）的交叉熵`,
    rowLoss: '图像→文本 交叉熵',
    colLoss: '文本→图像 交叉熵',
    imagePrefers: (image: string, text: string) =>
      `${image} 与 ${text} 的相似度不低于与自己的文本：这一行配错了。`,
    textPrefers: (text: string, image: string) =>
      `${text} 与 ${image} 的相似度不低于与自己的图像：这一列配错了。`,
    allMatched: '每张图像和每条文本都最接近自己的搭档（对角线是每行、每列的严格最大值）。',
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    zeroError: (vector: string, message: string) =>
      `${vector} 是零向量：它没有方向，无法做 L2 归一化，余弦相似度也就没有定义。给它一个非零分量。（lib：${message}）`,
    finiteError: (field: string, message: string) => `“${field}”必须是有限的数。（lib：${message}）`,
    shapeError: '样本对必须有 2 到 5 对，每个向量 2 或 3 维。',
    libError: (message: string) => `lib 拒绝了这批向量：${message}`,
    kept: '下面仍是上一次有效输入的结果。',
  },
  en: {
    title: 'CLIP contrastive loss: similarity matrix, both cross-entropies and the logit scale',
    hint: 'The vectors are illustrative: a real CLIP embedding has hundreds of dimensions; these 2-D or 3-D stand-ins only matter by their direction (every row is L2-normalised first). Image i and caption i are a positive pair; every other combination in the batch is a negative. Every number comes from lib’s clipLossTerms (built on clipContrastiveLoss): logits = s · Î·T̂ᵀ, where s is the logit scale, the inverse temperature 1/τ.',
    pairs: 'Pairs',
    dims: 'Dimensions',
    presets: 'Preset',
    custom: '(custom)',
    presetNames: {
      aligned: 'Aligned',
      swap: 'Swap captions 1 and 2',
      hard: 'Near-duplicate captions',
      orthogonal: 'Orthogonal (3-D)',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      aligned:
        'Each caption points roughly where its image does. I₂ and T₂ point the same way (cosine 1), but T₂ is not far from I₁ and I₃ either, so column 2 carries the largest text→image cross-entropy.',
      swap: 'T₁ and T₂ are swapped: the first two pairs are mismatched and the diagonal is no longer the largest entry of its row or column. Raise s and the loss grows with it.',
      hard: 'T₂ nearly repeats T₁, like two similar captions in one batch. Column 2’s cross-entropy stays high, and once s is past its initial value, the harder that near-miss is punished: the loss goes up.',
      orthogonal:
        'Each pair has an axis to itself: cosine 1 for positives, 0 for negatives, the best three pairs can do. The larger s, the closer the loss gets to 0.',
    } satisfies Record<PresetKey, string>,
    sides: { images: 'Image', texts: 'Caption' } satisfies Record<Side, string>,
    vectorsCaption: 'Each row is a pair: the image vector Iᵢ and its caption vector Tᵢ (edit any component)',
    pairColumn: 'Pair',
    field: (vector: string, axis: string) => `${vector} ${axis} component`,
    scale: 'Logit scale s = 1/τ',
    scaleValue: (label: string, tau: string) => `${label} (τ = ${tau})`,
    scalePresets: 'CLIP’s values',
    scalePresetNames: { init: 'Initial 1/0.07', clamp: 'Clamp 100' },
    scaleNote:
      'CLIP learns log s: open_clip starts it at log(1/0.07) and clamps it at log 100 during training. A larger s sharpens the softmax: a well-matched batch’s loss goes to 0, a mismatched one’s grows roughly in proportion to s.',
    readout: (loss: string, i2t: string, t2i: string) =>
      `loss = ${loss} = ½ (image→text ${i2t} + text→image ${t2i})`,
    heatmapTitle: 'Cosine similarity matrix',
    heatmapSummary: (n: number, diagonal: string) =>
      `${n} × ${n} cosine similarity matrix: rows are images, columns captions; the outlined diagonal holds the positive pairs: ${diagonal}.`,
    heatmapCaption: 'Cosine similarity cos(Iᵢ, Tⱼ)',
    corner: 'Image \\ caption',
    imagesAxis: 'Image',
    textsAxis: 'Caption',
    keyNote:
      'Shade shows the size, blue positive and orange negative; each cell prints its value and the positive pairs are outlined.',
    logitsCaption: (scale: string) =>
      `logits = s · cos with s = ${scale}; the last column is each row’s (image→text) cross-entropy, the last row each column’s (text→image)`,
    rowLoss: 'Image→text CE',
    colLoss: 'Text→image CE',
    imagePrefers: (image: string, text: string) =>
      `${image} is at least as close to ${text} as to its own caption: this row is mismatched.`,
    textPrefers: (text: string, image: string) =>
      `${text} is at least as close to ${image} as to its own image: this column is mismatched.`,
    allMatched:
      'Every image and every caption is closest to its own partner (the diagonal is the strict maximum of each row and column).',
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    zeroError: (vector: string, message: string) =>
      `${vector} is the zero vector: it has no direction, so it cannot be L2-normalised and has no cosine similarity with anything. Give it a non-zero component. (lib: ${message})`,
    finiteError: (field: string, message: string) => `“${field}” must be a finite number. (lib: ${message})`,
    shapeError: 'The batch must have 2 to 5 pairs of 2-D or 3-D vectors.',
    libError: (message: string) => `lib refused this batch: ${message}`,
    kept: 'The results below are from the last valid input.',
  },
};

export type ClipText = (typeof TEXT)['zh'];

import type { FieldError } from '@/components/demos/shared/number-field';
import type { Field, Mode, PresetKey } from './presets';

/** The visual-token demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '视觉 token：一张图在上下文里占多少位置',
    hint: '图像尺寸、patch 大小、是否保留 [CLS]、怎样缩放或切块、是否合并相邻 token，决定了一张图变成多少个视觉 token，以及它们占上下文窗口的比例。每个数都由 lib 的 visualTokenCount（每个视图调用 vitTokenCount）与 contextShare 算出。',
    presets: '模型预设',
    custom: '自定义设置（不对应某个预设）。',
    presetNames: {
      llava15: 'LLaVA-1.5',
      llavaNext: 'LLaVA-NeXT',
      qwen2vl: 'Qwen2-VL',
      vit: 'ViT-B/16',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      llava15:
        'LLaVA-1.5：CLIP ViT-L/14，输入 336 px，整张图缩放（先补成正方形）成一个视图；丢掉 [CLS]，只把 24 × 24 = 576 个 patch 特征送进语言模型（LLaVA 的 clip_encoder.py）。',
      llavaNext:
        'LLaVA-NeXT：同一个 336 px 编码器，按 anyres 从 1×2、2×1、2×2、3×1、1×3 五种网格里挑一种切块，另加一张缩到 336 px 的全局图；拼接后去掉只覆盖填充区域的特征行（列），每行末尾加一个换行 token（HF 的 LlavaNextProcessor）。',
      qwen2vl:
        'Qwen2-VL：原生分辨率，14 px 的 patch，长宽各取整到 28 的倍数（qwen-vl-utils 的 smart_resize，像素总数限制在 3,136 到 12,845,056 之间），再由 MLP 把相邻 2 × 2 个 token 合成一个，所以每 28 × 28 像素一个 token；图像前后各有一个 <|vision_start|>、<|vision_end|>。',
      vit: 'ViT-B/16：输入 224 px，16 px 的 patch，14 × 14 = 196 个 patch 加 1 个 [CLS]（Dosovitskiy 等，2021）。分类模型用的是 [CLS]，不是送进语言模型的 token；这里只是数序列长度。',
    } satisfies Record<PresetKey, string>,
    mode: '缩放与切块',
    modeNames: {
      fixed: '缩放成编码器输入尺寸（单视图）',
      anyres: 'anyres：切块 + 全局图',
      native: '原生分辨率',
    } satisfies Record<Mode, string>,
    fields: {
      height: '图像高度（px）',
      width: '图像宽度（px）',
      patch: 'patch 边长 P（px）',
      tile: '编码器输入边长 S（px）',
      special: '每张图的特殊 token 数',
      minPixels: '最少像素数',
      maxPixels: '最多像素数',
    } satisfies Record<Field, string>,
    fieldHints: {
      height: '',
      width: '',
      patch: '',
      tile: '单视图 / 每块',
      special: '如 <|vision_start|>',
      minPixels: 'min_pixels',
      maxPixels: 'max_pixels',
    } satisfies Record<Field, string>,
    merge: '合并相邻 token',
    mergeName: (k: number) => (k === 1 ? '不合并（1 × 1）' : `${k} × ${k} → 1`),
    cls: '保留 [CLS]（每次编码一个）',
    unpad: '去掉填充区域的特征，并在每行末尾加换行 token（LLaVA-NeXT）',
    context: '上下文窗口',
    images: '提示里的图片数',
    count: (n: string) => `${n} 个`,
    readout: (perImage: string, images: number, tokens: string, pct: string, ctx: string) =>
      images === 1
        ? `每张图 ${perImage} 个视觉 token，占 ${ctx} token 上下文的 ${pct}%`
        : `每张图 ${perImage} 个视觉 token × ${images} 张 = ${tokens} 个，占 ${ctx} token 上下文的 ${pct}%`,
    breakdownCaption: '一张图的视觉 token 由哪些部分组成（条形表示占上下文窗口的比例）',
    columns: { part: '组成部分', tokens: 'token 数', share: '占上下文' },
    parts: {
      view: (h: string, w: string) => `整张图（编码器看到 ${h} × ${w} px）`,
      tiles: (rows: number, cols: number, s: string) => `${rows} × ${cols} 个 ${s} px 的切块`,
      global: '缩小后的全局图',
      newline: '每行末尾的换行 token',
      cls: '[CLS] token',
      special: '特殊 token',
      total: '合计',
    },
    details: (passes: number, patches: string, grid: string, tokenGrid: string, canvas: string) =>
      `视觉编码器运行 ${passes} 次，共处理 ${patches} 个 patch（每次 ${grid}）；画布 ${canvas} px；合并后的 token 网格 ${tokenGrid}。`,
    fit: (n: string) => `不放任何文本的话，这个窗口最多装下 ${n} 张这样的图。`,
    overflow: '仅这些图片的视觉 token 就已超出上下文窗口。',
    modeNotes: {
      fixed: '不论原图多大，都缩放成一个 S × S 的视图：token 数固定，细节随原图变大而损失。',
      anyres:
        'anyres 先按原图的长宽比选网格，把图缩放、填充到网格画布上再切成 S × S 的块，每块单独编码；全局图提供整体布局。token 数随网格变化，但有上限。',
      native:
        '长宽各取整到 P · k 的倍数后整张编码，token 数随像素数增长，直到像素上限；超出上限时按同一比例缩小。',
    } satisfies Record<Mode, string>,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    smallError: (message: string) =>
      `图像比一个 patch 还小：没有一个完整的 patch 可以切出来。把宽和高都设成至少 P 像素。（lib：${message}）`,
    ratioError: (message: string) =>
      `长宽比超过 200:1，qwen-vl-utils 会直接拒绝这样的图。（lib：${message}）`,
    mergeError: (message: string) =>
      `k × k 合并要求每个视图的 patch 网格边长能被 k 整除；换一个 k，或让 S/P 成为 k 的倍数。（lib：${message}）`,
    libError: (message: string) => `lib 拒绝了这组设置：${message}`,
    kept: '下面仍是上一次有效输入的结果。',
  },
  en: {
    title: 'Visual tokens: how much of the context one image takes',
    hint: 'The image size, the patch size, whether the class token is kept, how the image is resized or tiled, and whether neighbouring tokens are merged decide how many visual tokens an image becomes and what share of the context window they take. Every number comes from lib’s visualTokenCount (which calls vitTokenCount per view) and contextShare.',
    presets: 'Model preset',
    custom: 'Custom settings (no preset matches).',
    presetNames: {
      llava15: 'LLaVA-1.5',
      llavaNext: 'LLaVA-NeXT',
      qwen2vl: 'Qwen2-VL',
      vit: 'ViT-B/16',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      llava15:
        'LLaVA-1.5: CLIP ViT-L/14 at 336 px; the whole image (padded to a square) is resized into one view; the class token is dropped and the 24 × 24 = 576 patch features go to the language model (LLaVA’s clip_encoder.py).',
      llavaNext:
        'LLaVA-NeXT: the same 336-px encoder, tiled by anyres with one of five grids (1×2, 2×1, 2×2, 3×1, 1×3), plus a global view resized to 336 px; the stitched features lose the rows (or columns) that only cover padding, and each row ends with a newline token (HF’s LlavaNextProcessor).',
      qwen2vl:
        'Qwen2-VL: native resolution with 14-px patches, each side rounded to a multiple of 28 (qwen-vl-utils’ smart_resize, the pixel count kept between 3,136 and 12,845,056), then an MLP merges each 2 × 2 block of tokens into one: one token per 28 × 28 pixels, with <|vision_start|> and <|vision_end|> around the image.',
      vit: 'ViT-B/16: 224-px input, 16-px patches, 14 × 14 = 196 patches plus 1 class token (Dosovitskiy et al. 2021). A classifier reads the class token; nothing is passed to a language model here, this only counts the sequence length.',
    } satisfies Record<PresetKey, string>,
    mode: 'Resize and tiling',
    modeNames: {
      fixed: 'Resize to the encoder size (one view)',
      anyres: 'anyres: tiles + global view',
      native: 'Native resolution',
    } satisfies Record<Mode, string>,
    fields: {
      height: 'Image height (px)',
      width: 'Image width (px)',
      patch: 'Patch side P (px)',
      tile: 'Encoder input side S (px)',
      special: 'Special tokens per image',
      minPixels: 'Min pixels',
      maxPixels: 'Max pixels',
    } satisfies Record<Field, string>,
    fieldHints: {
      height: '',
      width: '',
      patch: '',
      tile: 'one view / per tile',
      special: 'e.g. <|vision_start|>',
      minPixels: 'min_pixels',
      maxPixels: 'max_pixels',
    } satisfies Record<Field, string>,
    merge: 'Merge neighbouring tokens',
    mergeName: (k: number) => (k === 1 ? 'none (1 × 1)' : `${k} × ${k} → 1`),
    cls: 'Keep the class token (one per encoder pass)',
    unpad: 'Drop padding features and end each row with a newline token (LLaVA-NeXT)',
    context: 'Context window',
    images: 'Images in the prompt',
    count: (n: string) => n,
    readout: (perImage: string, images: number, tokens: string, pct: string, ctx: string) =>
      images === 1
        ? `${perImage} visual tokens per image, ${pct}% of a ${ctx}-token context`
        : `${perImage} visual tokens per image × ${images} = ${tokens}, ${pct}% of a ${ctx}-token context`,
    breakdownCaption:
      'What one image’s visual tokens are made of (the bars show the share of the context window)',
    columns: { part: 'Part', tokens: 'Tokens', share: 'Of the context' },
    parts: {
      view: (h: string, w: string) => `The whole image (the encoder sees ${h} × ${w} px)`,
      tiles: (rows: number, cols: number, s: string) => `${rows} × ${cols} tiles of ${s} px`,
      global: 'Downscaled global view',
      newline: 'Row-end newline tokens',
      cls: 'Class tokens',
      special: 'Special tokens',
      total: 'Total',
    },
    details: (passes: number, patches: string, grid: string, tokenGrid: string, canvas: string) =>
      `The vision encoder runs ${passes} time(s) over ${patches} patches in all (${grid} per pass) on a ${canvas}-px canvas; the token grid after merging is ${tokenGrid}.`,
    fit: (n: string) => `With no text at all, this window holds at most ${n} such images.`,
    overflow: 'The visual tokens of these images alone overflow the context window.',
    modeNotes: {
      fixed:
        'Whatever the image’s size, it is resized into one S × S view: the token count is fixed and detail is lost as the image grows.',
      anyres:
        'anyres picks a grid from the image’s aspect ratio, resizes and pads the image onto the grid’s canvas and cuts it into S × S tiles, each encoded on its own; the global view keeps the layout. The count changes with the grid but is capped.',
      native:
        'Each side is rounded to a multiple of P · k and the whole image is encoded: the count grows with the pixel count up to the pixel budget, beyond which both sides shrink by the same factor.',
    } satisfies Record<Mode, string>,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    smallError: (message: string) =>
      `The image is smaller than one patch: not a single whole patch fits. Make both sides at least P pixels. (lib: ${message})`,
    ratioError: (message: string) =>
      `The aspect ratio is above 200:1, which qwen-vl-utils refuses. (lib: ${message})`,
    mergeError: (message: string) =>
      `A k × k merge needs each view’s patch grid side to be divisible by k: pick another k, or make S/P a multiple of k. (lib: ${message})`,
    libError: (message: string) => `lib refused these settings: ${message}`,
    kept: 'The results below are from the last valid input.',
  },
};

export type VtText = (typeof TEXT)['zh'];

/**
 * The contextual-calibration demo's data: three hand-made sets of eight film reviews with a
 * few-shot classifier's label probabilities, the probabilities for the content-free input "N/A"
 * and the gold labels. Illustrative numbers chosen to show each bias, not measured from a model.
 * Every row sums to exactly 1 as typed.
 */

export const PRESET_KEYS = ['majority', 'recency', 'balanced'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

export const LABEL_KEYS = ['positive', 'negative', 'neutral'] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

/** One test input: its text in both languages, the gold label's index and the typed probabilities. */
export interface PresetRow {
  readonly text: { readonly zh: string; readonly en: string };
  readonly gold: number;
  readonly probs: readonly string[];
}

export interface PresetSet {
  /** The labels, in column order; probabilities and gold indices refer to them. */
  readonly labels: readonly LabelKey[];
  /** What the model gives the content-free input "N/A" under the same prompt. */
  readonly contentFree: readonly string[];
  readonly rows: readonly PresetRow[];
}

const row = (zh: string, en: string, gold: number, probs: readonly string[]): PresetRow => ({
  text: { zh, en },
  gold,
  probs,
});

/**
 * - majority: demonstrations mostly positive (three positive, one negative), so every input leans
 *   positive; "N/A" gets p(positive) = 0.75. After calibration positive wins only above 0.75: three
 *   negatives are fixed and one lukewarm positive (0.71) is broken — 5/8 → 7/8.
 * - recency: balanced demonstrations whose last one is negative, so inputs lean negative; "N/A"
 *   gets p(positive) = 0.35. Positive now wins above 0.35: two positives are fixed, one at 0.30
 *   stays wrong and one negative at 0.42 is broken — 5/8 → 6/8.
 * - balanced: three labels, one demonstration of each; "N/A" is close to uniform, so calibration
 *   moves the probabilities a little and no prediction — 7/8 before and after.
 */
export const PRESETS: Readonly<Record<PresetKey, PresetSet>> = {
  majority: {
    labels: ['positive', 'negative'],
    contentFree: ['0.75', '0.25'],
    rows: [
      row('温暖又好笑，演员阵容一流。', 'A warm, funny film with a terrific cast.', 0, ['0.96', '0.04']),
      row('画面漂亮，出乎意料地动人。', 'Beautifully shot and surprisingly moving.', 0, ['0.9', '0.1']),
      row('我很乐意再看一遍。', 'I would happily watch it again.', 0, ['0.82', '0.18']),
      row('不算完美，但越看越喜欢。', 'Not perfect, but it grew on me.', 0, ['0.71', '0.29']),
      row('情节拖沓，结尾草草收场。', 'The plot drags and the ending falls flat.', 1, ['0.68', '0.32']),
      row('白白浪费了两个小时。', 'Two hours I will never get back.', 1, ['0.62', '0.38']),
      row('演技僵硬，剧本更糟。', 'The acting is wooden and the script is worse.', 1, ['0.55', '0.45']),
      row('沉闷、毫无生气的一团糟。', 'A dull, lifeless mess.', 1, ['0.3', '0.7']),
    ],
  },
  recency: {
    labels: ['positive', 'negative'],
    contentFree: ['0.35', '0.65'],
    rows: [
      row('一部即刻成为经典的电影。', 'An instant classic.', 0, ['0.85', '0.15']),
      row('聪明、温柔，又非常好笑。', 'Smart, tender and very funny.', 0, ['0.46', '0.54']),
      row('光是配乐就值回票价。', 'The soundtrack alone is worth the ticket.', 0, ['0.4', '0.6']),
      row('开头有点慢，但最后一幕精彩极了。', 'Slow at first, but the last act is superb.', 0, [
        '0.3',
        '0.7',
      ]),
      row('好看是好看，可惜内容空洞。', 'Pretty to look at, but empty.', 1, ['0.42', '0.58']),
      row('我每隔十分钟就看一次表。', 'I checked my watch every ten minutes.', 1, ['0.2', '0.8']),
      row('偷懒、吵闹，而且太长了。', 'Lazy, loud and far too long.', 1, ['0.08', '0.92']),
      row('一部自信的处女作，这位导演值得关注。', 'A confident debut from a director to watch.', 0, [
        '0.62',
        '0.38',
      ]),
    ],
  },
  balanced: {
    labels: ['positive', 'negative', 'neutral'],
    contentFree: ['0.34', '0.33', '0.33'],
    rows: [
      row('从头到尾都让人开心。', 'A joy from start to finish.', 0, ['0.8', '0.05', '0.15']),
      row('片长两小时十分钟。', 'It runs two hours and ten minutes.', 2, ['0.2', '0.2', '0.6']),
      row('无聊，剪辑也很差。', 'Boring and badly edited.', 1, ['0.05', '0.85', '0.1']),
      row('有些场景成功，有些不行。', 'Some scenes work, others do not.', 2, ['0.3', '0.3', '0.4']),
      row('这是去年那部热门片的续集。', 'The sequel to last year’s hit.', 2, ['0.4', '0.1', '0.5']),
      row('比我预想的要好。', 'Better than I expected.', 0, ['0.48', '0.08', '0.44']),
      row('我本想更喜欢它一些。', 'I wanted to like it more.', 1, ['0.15', '0.4', '0.45']),
      row('这是一部关于一条狗的电影。', 'It is a film about a dog.', 2, ['0.3', '0.2', '0.5']),
    ],
  },
};

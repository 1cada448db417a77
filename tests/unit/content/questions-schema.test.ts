import { describe, expect, it } from 'vitest';
import {
  SELECT_ALL_MARKERS,
  choiceCountProblem,
  isSelectAllPrompt,
  questionBankSchema,
  questionSchema,
} from '@/lib/content';
import { readBank } from '@/server/questions';

const choice = (correct: boolean) => ({ text: 'x', correct, explanation: 'why' });

const base = {
  id: 'decoding-top-p-boundary',
  section: 'sampling#top-p',
  difficulty: 'medium',
  tags: ['top-p'],
  question: 'How many tokens are in the nucleus, and what do implementations give?',
  short: 'Two.',
  deep: 'Two, by the definition.',
  wrong: ['Three.'],
  followUps: ['Why?'],
};
const quiz = {
  ...base,
  choicePrompt: 'By the definition, how many tokens are in the nucleus?',
  choices: [choice(true), choice(false), choice(false)],
};

describe('isSelectAllPrompt', () => {
  it('finds each language’s marker', () => {
    expect(isSelectAllPrompt(`下列哪些做法有效？${SELECT_ALL_MARKERS.zh}`, 'zh')).toBe(true);
    expect(isSelectAllPrompt(`Which scorers are valid? ${SELECT_ALL_MARKERS.en}`, 'en')).toBe(true);
  });
  it('accepts only the given language’s marker', () => {
    expect(isSelectAllPrompt(`下列哪些做法有效？${SELECT_ALL_MARKERS.en}`, 'zh')).toBe(false);
    expect(isSelectAllPrompt(`Which are valid? ${SELECT_ALL_MARKERS.zh}`, 'en')).toBe(false);
    expect(isSelectAllPrompt(`Which are valid? ${SELECT_ALL_MARKERS.zh}`)).toBe(true);
  });
  it('does not fire on words that merely mention several answers', () => {
    expect(isSelectAllPrompt('多选题为什么适合做知识评测？', 'zh')).toBe(false);
    expect(isSelectAllPrompt('Select the option that is correct.', 'en')).toBe(false);
  });
});

describe('choiceCountProblem', () => {
  const one = [choice(true), choice(false), choice(false)];
  const two = [choice(true), choice(true), choice(false)];
  const none = [choice(false), choice(false), choice(false)];
  const selectAll = `Which hold? ${SELECT_ALL_MARKERS.en}`;
  it('accepts one correct choice under a plain prompt', () => {
    expect(choiceCountProblem('Which one holds?', one, 'en')).toBeNull();
  });
  it('reports several correct choices under a prompt without the marker', () => {
    expect(choiceCountProblem('Which one holds?', two, 'en')).toMatch(/2 correct choices.*select all/);
  });
  it('reports a quiz with no correct choice', () => {
    expect(choiceCountProblem('Which one holds?', none, 'en')).toMatch(/0 correct/);
  });
  it('accepts several correct choices under a select-all prompt', () => {
    expect(choiceCountProblem(selectAll, two, 'en')).toBeNull();
  });
  it('asks a select-all prompt for at least two correct choices', () => {
    expect(choiceCountProblem(selectAll, one, 'en')).toMatch(/at least 2/);
  });
  it('does not let the other language’s marker through when a locale is given', () => {
    expect(choiceCountProblem(`哪些成立？${SELECT_ALL_MARKERS.en}`, two, 'zh')).not.toBeNull();
  });
});

describe('questionSchema', () => {
  it('accepts a question without a quiz and one with a prompt and one correct choice', () => {
    expect(questionSchema.safeParse(base).success).toBe(true);
    expect(questionSchema.safeParse(quiz).success).toBe(true);
  });
  it.each([
    ['choices without a choicePrompt', { ...quiz, choicePrompt: undefined }, 'choicePrompt'],
    ['a choicePrompt without choices', { ...base, choicePrompt: 'Which?' }, 'choicePrompt'],
    [
      'two correct choices under a plain prompt',
      { ...quiz, choices: [choice(true), choice(true), choice(false)] },
      'choices',
    ],
    ['no correct choice', { ...quiz, choices: [choice(false), choice(false), choice(false)] }, 'choices'],
    [
      'a select-all prompt with one correct choice',
      { ...quiz, choicePrompt: `Which? ${SELECT_ALL_MARKERS.en}` },
      'choices',
    ],
    ['two choices', { ...quiz, choices: [choice(true), choice(false)] }, 'choices'],
  ])('rejects %s', (_name, value, path) => {
    const result = questionSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
  it('accepts two correct choices under a select-all prompt', () => {
    const value = {
      ...quiz,
      choicePrompt: `哪些评分方式可行？${SELECT_ALL_MARKERS.zh}`,
      choices: [choice(true), choice(true), choice(false)],
    };
    expect(questionSchema.safeParse(value).success).toBe(true);
  });
});

describe('the intro, decoding and evaluation banks', () => {
  const chapters = ['intro', 'decoding', 'evaluation'] as const;
  const bank = (locale: 'zh' | 'en', chapter: string) => {
    const questions = readBank(locale, chapter);
    if (!questions) throw new Error(`no ${locale} ${chapter} bank`);
    return questionBankSchema.parse({ chapter, questions }).questions;
  };

  it.each(chapters)(
    '%s: every quiz has a prompt whose correct choices fit it, in both languages',
    (chapter) => {
      for (const locale of ['zh', 'en'] as const) {
        for (const q of bank(locale, chapter).filter((q) => q.choices)) {
          expect(q.choicePrompt, `${locale} ${q.id}`).toBeDefined();
          expect(
            choiceCountProblem(q.choicePrompt ?? '', q.choices ?? [], locale),
            `${locale} ${q.id}`,
          ).toBeNull();
        }
      }
    },
  );

  it.each(chapters)('%s: zh and en mark the same quizzes as select-all', (chapter) => {
    const marks = (locale: 'zh' | 'en') =>
      bank(locale, chapter).map((q) => (q.choices ? isSelectAllPrompt(q.choicePrompt ?? '', locale) : null));
    expect(marks('en')).toEqual(marks('zh'));
  });

  it.each(chapters)(
    '%s: has at least 40 questions and spreads the correct choice over positions',
    (chapter) => {
      const questions = bank('zh', chapter);
      expect(questions.length).toBeGreaterThanOrEqual(40);
      const firsts = questions
        .filter((q) => q.choices)
        .map((q) => q.choices?.findIndex((c) => c.correct) ?? -1);
      const counts = [0, 1, 2, 3, 4].map((i) => firsts.filter((f) => f === i).length);
      // No position holds the (first) correct choice in more than 40% of the quizzes.
      expect(Math.max(...counts)).toBeLessThanOrEqual(Math.ceil(firsts.length * 0.4));
    },
  );
});

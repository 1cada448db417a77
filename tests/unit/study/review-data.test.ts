import { describe, expect, it } from 'vitest';
import { answerPath, splitQuestion } from '@/components/study/review-data';
import { getQuestions } from '@/server/questions';

describe("the review page's data files", () => {
  const questions = getQuestions('en');

  it('split every question into a bank entry without answer HTML and an answer that restores it', () => {
    for (const q of questions) {
      const { question, answer } = splitQuestion(q);
      expect(Object.keys(question)).not.toContain('deepHtml');
      expect(Object.keys(question)).not.toContain('shortHtml');
      expect({ ...question, ...answer }).toEqual(q);
    }
  });

  it('keep a bank small: its questions weigh a fraction of their answers', () => {
    const chapter = questions[0]!.chapter;
    const bank = questions.filter((q) => q.chapter === chapter).map((q) => splitQuestion(q));
    const bytes = (value: unknown) => JSON.stringify(value).length;
    const entries = bytes(bank.map((b) => b.question));
    const answers = bank.reduce((sum, b) => sum + bytes(b.answer), 0);
    expect(entries).toBeLessThan(answers / 2);
  });

  it('name one answer file per question, each distinct', () => {
    const paths = questions.map((q) => answerPath(q.id));
    expect(new Set(paths).size).toBe(questions.length);
    expect(answerPath('intro-lm-definition')).toBe('answers/intro-lm-definition.json');
  });
});

import { describe, expect, it } from 'vitest';
import { definitionPath, detailsPath, splitQuestion, splitTerm } from '@/components/study/review-data';
import { getGlossary } from '@/server/glossary';
import { getQuestions } from '@/server/questions';

describe("the review page's data files", () => {
  const questions = getQuestions('en');

  it('split every question into a bank entry without its details and details that restore it', () => {
    for (const q of questions) {
      const { question, details } = splitQuestion(q);
      const { hasChoices, ...entry } = question;
      for (const field of Object.keys(details)) expect(Object.keys(entry)).not.toContain(field);
      expect({ ...entry, ...details }).toEqual(q);
      expect(hasChoices).toBe(q.choices !== null);
    }
  });

  it('keep every bank small: its questions weigh a fraction of their details', () => {
    const bytes = (value: unknown) => JSON.stringify(value).length;
    for (const chapter of new Set(questions.map((q) => q.chapter))) {
      const bank = questions.filter((q) => q.chapter === chapter).map((q) => splitQuestion(q));
      const entries = bytes(bank.map((b) => b.question));
      const details = bank.reduce((sum, b) => sum + bytes(b.details), 0);
      expect(entries, chapter).toBeLessThan(details / 5);
    }
  });

  it('name one details file per question, each distinct', () => {
    const paths = questions.map((q) => detailsPath(q.id));
    expect(new Set(paths).size).toBe(questions.length);
    expect(detailsPath('intro-lm-definition')).toBe('details/intro-lm-definition.json');
  });

  it('split every glossary term into its deck entry and its definition', () => {
    const glossary = getGlossary('en');
    for (const t of glossary) {
      const { term, definition } = splitTerm(t);
      expect(term).not.toHaveProperty('definitionHtml');
      expect({ ...term, ...definition }).toEqual(t);
    }
    expect(new Set(glossary.map((t) => definitionPath(t.id))).size).toBe(glossary.length);
  });
});

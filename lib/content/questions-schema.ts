import { z } from 'zod';
import type { Locale } from '@/lib/i18n';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = z.string().trim().min(1);

/**
 * The exact tag a `choicePrompt` carries when more than one choice may be correct ("select all that
 * apply"); a quiz without it has exactly one correct choice. One marker per language, written at
 * the end of the prompt.
 */
export const SELECT_ALL_MARKERS: Readonly<Record<Locale, string>> = {
  zh: '（多选）',
  en: '(select all that apply)',
};

/**
 * Whether a choice prompt (raw Markdown or its rendered HTML) asks to select all correct choices.
 * With a locale, only that language's marker counts; without one, either marker does.
 * @example isSelectAllPrompt('Which scorers are valid? (select all that apply)', 'en') // → true
 */
export function isSelectAllPrompt(prompt: string, locale?: Locale): boolean {
  const markers = locale ? [SELECT_ALL_MARKERS[locale]] : Object.values(SELECT_ALL_MARKERS);
  return markers.some((marker) => prompt.includes(marker));
}

/**
 * Why a quiz's correct choices do not fit its prompt, or null when they do. A prompt without the
 * select-all marker has exactly one correct choice; a prompt with it has at least two (the quiz
 * shows checkboxes exactly when more than one choice is correct, so the two rules keep the form
 * honest).
 * @example choiceCountProblem('Which one?', [{ correct: true }, { correct: true }], 'en')
 * // → 'has 2 correct choices; more than one needs "(select all that apply)" in the choicePrompt'
 */
export function choiceCountProblem(
  choicePrompt: string,
  choices: readonly { correct: boolean }[],
  locale?: Locale,
): string | null {
  const correct = choices.filter((c) => c.correct).length;
  const marker = locale ? `"${SELECT_ALL_MARKERS[locale]}"` : 'the select-all marker';
  if (isSelectAllPrompt(choicePrompt, locale)) {
    return correct >= 2 ? null : `says ${marker} but has ${correct} correct choice(s); it needs at least 2`;
  }
  if (correct === 1) return null;
  return `has ${correct} correct choices; exactly 1 is needed, or ${marker} in the choicePrompt and at least 2`;
}

/** One multiple-choice option; every option explains why it is right or wrong. */
const choiceSchema = z.object({ text, correct: z.boolean(), explanation: text }).strict();

/**
 * One interview question. `id` and the structural fields (section, difficulty, tags, which choice
 * is correct) are identical in zh and en; the text fields are written in each language. Text fields
 * are Markdown with KaTeX math, rendered at build time.
 */
export const questionSchema = z
  .object({
    /** Globally unique, kebab-case, starting with the chapter slug: `intro-chain-rule`. */
    id: z.string().regex(kebab, 'must be kebab-case'),
    /** The section that answers it: `<page>#<heading-id>` inside the chapter, e.g. `index#chain-rule`. */
    section: z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'must look like page#heading-id'),
    difficulty: z.enum(['easy', 'medium', 'hard']),
    tags: z.array(z.string().regex(kebab, 'tags are kebab-case')).min(1).max(6),
    question: text,
    /** The 30-second answer. */
    short: text,
    /** The deeper answer: derivation, numbers, caveats. */
    deep: text,
    /** Common wrong answers, each with why it is wrong. */
    wrong: z.array(text).min(1),
    /** Follow-up questions an interviewer might ask next. */
    followUps: z.array(text).min(1),
    /**
     * The one question the choices answer, shown above them in the quiz (the `question` may ask
     * several things). Required with `choices`, not allowed without them.
     */
    choicePrompt: text.optional(),
    /**
     * Optional multiple-choice form for quizzes: 3–5 options, exactly one correct, or at least two
     * when the `choicePrompt` carries a {@link SELECT_ALL_MARKERS} tag.
     */
    choices: z.array(choiceSchema).min(3).max(5).optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.choices && q.choicePrompt === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['choicePrompt'],
        message: 'required with choices: the exact question the choices answer',
      });
    }
    if (!q.choices && q.choicePrompt !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['choicePrompt'], message: 'only allowed with choices' });
    }
    if (q.choices) {
      const problem = choiceCountProblem(q.choicePrompt ?? '', q.choices);
      if (problem) ctx.addIssue({ code: 'custom', path: ['choices'], message: problem });
    }
  });

export const questionBankSchema = z
  .object({
    chapter: z.string().regex(kebab),
    questions: z.array(questionSchema).min(1),
  })
  .strict();

export type BankQuestion = z.infer<typeof questionSchema>;
export type QuestionBank = z.infer<typeof questionBankSchema>;

/** The minimum number of questions a chapter's bank needs (per language). */
export const MIN_QUESTIONS_PER_CHAPTER = 40;

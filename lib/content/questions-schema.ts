import { z } from 'zod';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = z.string().trim().min(1);

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
    /** Optional multiple-choice form for quizzes: 3–5 options, exactly one correct. */
    choices: z
      .array(choiceSchema)
      .min(3)
      .max(5)
      .refine((cs) => cs.filter((c) => c.correct).length === 1, 'exactly one choice must be correct')
      .optional(),
  })
  .strict();

export const questionBankSchema = z
  .object({
    chapter: z.string().regex(kebab),
    questions: z.array(questionSchema).min(1),
  })
  .strict();

export type BankQuestion = z.infer<typeof questionSchema>;
export type QuestionBank = z.infer<typeof questionBankSchema>;

/** The minimum number of questions a chapter's bank needs (per language). */
export const MIN_QUESTIONS_PER_CHAPTER = 15;

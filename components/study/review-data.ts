import type { RenderedQuestion } from '@/server/questions';
import type { StudyAnswer, StudyQuestion } from './types';

/**
 * The review page's static data files (app/[locale]/review/data/[file]/route.ts and
 * app/[locale]/review/answers/[file]/route.ts), all under `/<locale>/review/`:
 *   data/<chapter>.json   a chapter's bank: its questions without their answers
 *   data/terms.json       the glossary deck
 *   answers/<id>.json     one question's answer, fetched when its card comes up
 */
export const TERMS_FILE = 'terms.json';

export const bankFileName = (chapter: string) => `${chapter}.json`;

export function reviewDataFiles(chapters: readonly string[]): string[] {
  return [...chapters.map(bankFileName), TERMS_FILE];
}

export const answerFileName = (questionId: string) => `${questionId}.json`;

/** Path of a data file below the review page (`data/intro.json`, `answers/intro-lm-definition.json`). */
export const dataPath = (file: string) => `data/${file}`;
export const answerPath = (questionId: string) => `answers/${answerFileName(questionId)}`;

/** Splits a rendered question into the bank's entry and the answer file's content. */
export function splitQuestion(q: RenderedQuestion): { question: StudyQuestion; answer: StudyAnswer } {
  const { shortHtml, deepHtml, wrongHtml, followUpsHtml, ...question } = q;
  return { question, answer: { shortHtml, deepHtml, wrongHtml, followUpsHtml } };
}

import type { RenderedQuestion } from '@/server/questions';
import type { RenderedTerm } from '@/server/glossary';
import type { StudyDetails, StudyQuestion, StudyTerm } from './types';

/**
 * The review page's static data files, all under `/<locale>/review/`, each written by the route
 * of its folder (app/[locale]/review/<folder>/[file]/route.ts):
 *   data/<chapter>.json   a chapter's bank: its questions without their details
 *   data/terms.json       the glossary deck: its terms without their definitions
 *   data/glossary.json    the whole glossary with definitions (the ReAct demo's lookup tool)
 *   details/<id>.json     one question's answer and quiz choices, fetched when it comes up
 *   definitions/<id>.json one glossary term's definition ({ definitionHtml }), likewise
 */
export const TERMS_FILE = 'terms.json';
export const GLOSSARY_FILE = 'glossary.json';

export const bankFileName = (chapter: string) => `${chapter}.json`;

export function reviewDataFiles(chapters: readonly string[]): string[] {
  return [...chapters.map(bankFileName), TERMS_FILE, GLOSSARY_FILE];
}

/** Name of the file of one question's details or one term's definition. */
export const idFileName = (id: string) => `${id}.json`;

/** Paths below the review page: `data/intro.json`, `details/intro-lm-definition.json`, … */
export const dataPath = (file: string) => `data/${file}`;
export const detailsPath = (questionId: string) => `details/${idFileName(questionId)}`;
export const definitionPath = (termId: string) => `definitions/${idFileName(termId)}`;

/** Splits a rendered question into its bank entry and the content of its details file. */
export function splitQuestion(q: RenderedQuestion): { question: StudyQuestion; details: StudyDetails } {
  const { shortHtml, deepHtml, wrongHtml, followUpsHtml, choices, choicePromptHtml, ...rest } = q;
  return {
    question: { ...rest, hasChoices: choices !== null },
    details: { shortHtml, deepHtml, wrongHtml, followUpsHtml, choices, choicePromptHtml },
  };
}

/** Splits a rendered glossary term into its deck entry and its definition file's content. */
export function splitTerm(t: RenderedTerm): { term: StudyTerm; definition: { definitionHtml: string } } {
  const { definitionHtml, ...term } = t;
  return { term, definition: { definitionHtml } };
}

import type { ReactNode } from 'react';
import type { RenderedTerm } from '@/server/glossary';
import type { RenderedQuestion } from '@/server/questions';

/**
 * What a question shows once it is on screen: its answer (a flashcard's back) and its quiz choices.
 * The review page fetches it per question when the question comes up
 * (components/study/use-review-data.ts): it is nine tenths of a bank's bytes, and a reader sees
 * one question at a time.
 */
export type StudyDetails = Pick<
  RenderedQuestion,
  'shortHtml' | 'deepHtml' | 'wrongHtml' | 'followUpsHtml' | 'choices' | 'choicePromptHtml'
>;

/** A question's full answer. */
export type StudyAnswer = Pick<StudyDetails, 'shortHtml' | 'deepHtml' | 'wrongHtml' | 'followUpsHtml'>;

/**
 * A question as the review page's bank files carry it: what it takes to list, filter and order the
 * questions (the quiz draws from those with `hasChoices`), without its details.
 */
export type StudyQuestion = Omit<RenderedQuestion, keyof StudyDetails> & { hasChoices: boolean };

export interface StudyChapter {
  slug: string;
  title: string;
  pages: { key: string; title: string; href: string }[];
}

/**
 * A glossary term, drilled as a "define this term" flashcard. The glossary deck's file lists the
 * terms; each definition is a file of its own, fetched when its card comes up.
 */
export type StudyTerm = Omit<RenderedTerm, 'definitionHtml'>;

/** Term cards are stored under `term:<glossary id>`, apart from the question ids. */
export const termCardId = (id: string) => `term:${id}`;
export const termIdOfCard = (cardId: string) => cardId.replace(/^term:/, '');

/** One flashcard of either deck: what the front shows, what the back reveals. */
export interface FlashCard {
  /** Progress key (FSRS card and answer tally). */
  id: string;
  front: ReactNode;
  /** A short label on the front (difficulty, or "term"). */
  badge: string;
  back: ReactNode;
  /** The section that teaches it. */
  href: string;
}

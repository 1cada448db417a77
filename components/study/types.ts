import type { ReactNode } from 'react';
import type { RenderedTerm } from '@/server/glossary';
import type { RenderedQuestion } from '@/server/questions';

/**
 * The answer to a question: what a flashcard's back shows. The review page fetches it per question,
 * when the card comes up (components/study/use-review-data.ts): the answers are four fifths of a
 * bank's bytes and a reader sees one at a time.
 */
export type StudyAnswer = Pick<RenderedQuestion, 'shortHtml' | 'deepHtml' | 'wrongHtml' | 'followUpsHtml'>;

/** A question as the review page's bank files carry it: everything but its answer. */
export type StudyQuestion = Omit<RenderedQuestion, keyof StudyAnswer>;

export interface StudyChapter {
  slug: string;
  title: string;
  pages: { key: string; title: string; href: string }[];
}

/** A glossary term, drilled as a "define this term" flashcard. */
export type StudyTerm = RenderedTerm;

/** Term cards are stored under `term:<glossary id>`, apart from the question ids. */
export const termCardId = (id: string) => `term:${id}`;

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

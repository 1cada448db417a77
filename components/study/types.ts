import type { ReactNode } from 'react';
import type { RenderedTerm } from '@/server/glossary';
import type { RenderedQuestion } from '@/server/questions';

/** What the review page receives from the server: the questions and the chapters' structure. */
export type StudyQuestion = RenderedQuestion;

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

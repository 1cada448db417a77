import type { RenderedQuestion } from '@/server/questions';

/** What the review page receives from the server: the questions and the chapters' structure. */
export type StudyQuestion = RenderedQuestion;

export interface StudyChapter {
  slug: string;
  title: string;
  pages: { key: string; title: string; href: string }[];
}

import { DeepDive, Note, Pitfall } from './callouts';
import { MdxLink, h2, h3, h4 } from './elements';
import { InterviewQuestions } from './interview-questions';
import { Notation } from './notation';
import { Figure, LearningGoals, Recap } from './sections';
import { Term } from './term';
import { demoComponents } from '@/components/demos';

/**
 * Everything an MDX author may write, in one typed map (spread into mdx-components.tsx).
 * A tag that is not here fails the build ("Expected component … to be defined").
 */
export const mdxComponents = {
  a: MdxLink,
  h2,
  h3,
  h4,
  Notation,
  Note,
  Pitfall,
  DeepDive,
  LearningGoals,
  Recap,
  Figure,
  Term,
  InterviewQuestions,
  ...demoComponents,
};

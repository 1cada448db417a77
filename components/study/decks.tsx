import { AnswerView } from './answer-view';
import type { StudyText } from './strings';
import { termCardId } from './types';
import type { FlashCard, StudyAnswer, StudyQuestion, StudyTerm } from './types';

/**
 * Interview questions as flashcards: the question in front, the full answer behind. Answers
 * arrive one file per question (useReviewData): until a card's answer is here its back says it is
 * loading, or that the load failed (the page's alert above offers the retry).
 */
export function questionCards(
  questions: StudyQuestion[],
  t: StudyText,
  answers: Readonly<Record<string, StudyAnswer>>,
  answerFailed: (id: string) => boolean,
): FlashCard[] {
  return questions.map((q) => {
    const answer = answers[q.id];
    return {
      id: q.id,
      front: <span dangerouslySetInnerHTML={{ __html: q.questionHtml }} />,
      badge: t.levels[q.difficulty],
      back: answer ? (
        <AnswerView q={answer} t={t} />
      ) : answerFailed(q.id) ? (
        <p className="text-fg-2" data-answer-failed>
          {t.answerFailed}
        </p>
      ) : (
        <p className="text-muted" aria-busy="true" data-loading>
          …
        </p>
      ),
      href: q.href,
    };
  });
}

/**
 * Glossary terms as flashcards: the term (with its other names) in front, the definition behind.
 * The definition HTML was rendered at build time from content/<locale>/glossary.json.
 */
export function termCards(terms: StudyTerm[], t: StudyText): FlashCard[] {
  return terms.map((term) => ({
    id: termCardId(term.id),
    front: (
      <>
        <span className="block text-sm font-normal text-muted">{t.termPrompt}</span>
        {term.term}
        {term.aka.length > 0 && (
          <span className="ml-2 text-base font-normal text-muted">{term.aka.join(' · ')}</span>
        )}
      </>
    ),
    badge: t.termBadge,
    back: (
      <div className="doc-prose prose max-w-none text-[0.95rem] dark:prose-invert">
        <p dangerouslySetInnerHTML={{ __html: term.definitionHtml }} />
      </div>
    ),
    href: term.href,
  }));
}

import type { ReactNode } from 'react';
import { AnswerView } from './answer-view';
import type { StudyText } from './strings';
import { termCardId } from './types';
import type { FlashCard, StudyDetails, StudyQuestion, StudyTerm } from './types';

/**
 * Interview questions as flashcards: the question in front, the full answer behind. Answers
 * arrive with each question's details file (useReviewData): until a card's is here its back says
 * it is loading, or that the load failed (the page's alert above offers the retry).
 */
export function questionCards(
  questions: StudyQuestion[],
  t: StudyText,
  details: Readonly<Record<string, StudyDetails>>,
  detailsFailed: (id: string) => boolean,
): FlashCard[] {
  return questions.map((q) => ({
    id: q.id,
    front: <span dangerouslySetInnerHTML={{ __html: q.questionHtml }} />,
    badge: t.levels[q.difficulty],
    back: (
      <BackOrStatus
        value={details[q.id]}
        failed={detailsFailed(q.id)}
        failedText={t.answerFailed}
        render={(answer) => <AnswerView q={answer} t={t} />}
      />
    ),
    href: q.href,
  }));
}

/**
 * Glossary terms as flashcards: the term (with its other names) in front, the definition behind.
 * The definition HTML was rendered at build time from content/<locale>/glossary.json and arrives
 * in the term's own file (useReviewData), like a question's answer.
 */
export function termCards(
  terms: StudyTerm[],
  t: StudyText,
  definitions: Readonly<Record<string, string>>,
  definitionFailed: (termId: string) => boolean,
): FlashCard[] {
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
      <BackOrStatus
        value={definitions[term.id]}
        failed={definitionFailed(term.id)}
        failedText={t.definitionFailed}
        render={(html) => (
          <div className="doc-prose prose max-w-none text-[0.95rem] dark:prose-invert">
            <p dangerouslySetInnerHTML={{ __html: html }} />
          </div>
        )}
      />
    ),
    href: term.href,
  }));
}

/** A card's back once its file has arrived; until then, that it is loading or that it failed. */
function BackOrStatus<T>({
  value,
  failed,
  failedText,
  render,
}: {
  value: T | undefined;
  failed: boolean;
  failedText: string;
  render: (value: T) => ReactNode;
}) {
  if (value !== undefined) return render(value);
  return failed ? (
    <p className="text-fg-2" data-load-failed>
      {failedText}
    </p>
  ) : (
    <p className="text-muted" aria-busy="true" data-loading>
      …
    </p>
  );
}

import { AnswerView } from './answer-view';
import type { StudyText } from './strings';
import { termCardId } from './types';
import type { FlashCard, StudyQuestion, StudyTerm } from './types';

/** Interview questions as flashcards: the question in front, the full answer behind. */
export function questionCards(questions: StudyQuestion[], t: StudyText): FlashCard[] {
  return questions.map((q) => ({
    id: q.id,
    front: <span dangerouslySetInnerHTML={{ __html: q.questionHtml }} />,
    badge: t.levels[q.difficulty],
    back: <AnswerView q={q} t={t} />,
    href: q.href,
  }));
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

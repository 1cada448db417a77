import type { StudyQuestion } from './types';
import type { StudyText } from './strings';

/**
 * A question's full answer. The HTML was rendered at build time from the site's own question
 * banks (server/markdown.ts): it is trusted content, never text a learner typed.
 */
export function AnswerView({
  q,
  t,
}: {
  q: Pick<StudyQuestion, 'shortHtml' | 'deepHtml' | 'wrongHtml' | 'followUpsHtml'>;
  t: Pick<StudyText, 'shortAnswer' | 'deepAnswer' | 'wrongAnswers' | 'followUps'>;
}) {
  return (
    <div className="doc-prose prose max-w-none text-[0.95rem] dark:prose-invert">
      <p className="qa-label">{t.shortAnswer}</p>
      <div dangerouslySetInnerHTML={{ __html: q.shortHtml }} />
      <p className="qa-label">{t.deepAnswer}</p>
      <div dangerouslySetInnerHTML={{ __html: q.deepHtml }} />
      <p className="qa-label">{t.wrongAnswers}</p>
      <ul>
        {q.wrongHtml.map((html, i) => (
          <li key={i} dangerouslySetInnerHTML={{ __html: html }} />
        ))}
      </ul>
      <p className="qa-label">{t.followUps}</p>
      <ul>
        {q.followUpsHtml.map((html, i) => (
          <li key={i} dangerouslySetInnerHTML={{ __html: html }} />
        ))}
      </ul>
    </div>
  );
}

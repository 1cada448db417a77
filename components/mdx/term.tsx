import { SiteLink } from '@/components/ui/site-link';
import { z } from 'zod';
import type { ReactNode } from 'react';
import { getTerm, termHref } from '@/server/glossary';
import { currentMdxPage } from './strings';
import { parseProps } from './validate';

const schema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be a kebab-case glossary id'),
    children: z.custom<ReactNode>((value) => value !== undefined && value !== null, 'needs text inside'),
  })
  .strict();

/**
 * `<Term id="top-p">nucleus sampling</Term>`: the first mention of a glossary term on a page. It
 * links to the term on its chapter's glossary page and shows the definition in a card on hover or
 * keyboard focus (pure CSS, see `.term` in globals.css; Escape hides it, TERM_TIP_SCRIPT). An id
 * that is not in content/<locale>/glossary.json fails the build.
 */
export function Term(props: { id: string; children: ReactNode }) {
  const { id, children } = parseProps('Term', schema, props);
  const { locale } = currentMdxPage();
  const term = getTerm(locale, id);
  const tipId = `term-tip-${id}`;
  return (
    <span className="term">
      <SiteLink href={termHref(locale, term)} className="term-link" aria-describedby={tipId}>
        {children}
      </SiteLink>
      <span role="tooltip" id={tipId} className="term-tip" data-pagefind-ignore="all">
        <span className="term-tip-name">
          {term.term}
          {term.aka.length > 0 && <span className="term-tip-aka"> · {term.aka.join(' · ')}</span>}
        </span>
        <span dangerouslySetInnerHTML={{ __html: term.definitionHtml }} />
      </span>
    </span>
  );
}

import { SiteLink } from '@/components/ui/site-link';
import type { ComponentProps, ReactNode } from 'react';

/**
 * Markdown links: site-internal ones (`/zh/…`) get the deployment base path (SiteLink); in-page
 * `#id` links stay as written; external ones open normally.
 */
export function MdxLink({ href = '', title, children }: ComponentProps<'a'>) {
  const titleProp = title === undefined ? {} : { title };
  if (href.startsWith('/')) {
    return (
      <SiteLink href={href} {...titleProp}>
        {children}
      </SiteLink>
    );
  }
  const external = /^https?:\/\//.test(href);
  return (
    <a href={href} {...titleProp} {...(external ? { rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  );
}

/** Section headings get a hover anchor so a reader can copy a link to the section. */
function anchored(Tag: 'h2' | 'h3' | 'h4') {
  function Heading({ id, children, ...rest }: ComponentProps<'h2'> & { children?: ReactNode }) {
    return (
      <Tag id={id} className="group" {...rest}>
        {children}
        {id && (
          <a
            href={`#${id}`}
            className="ml-2 font-normal text-muted no-underline opacity-0 group-hover:opacity-100 focus:opacity-100 print:hidden"
            aria-hidden="true"
            tabIndex={-1 /* the heading itself is reachable through the table of contents */}
          >
            #
          </a>
        )}
      </Tag>
    );
  }
  Heading.displayName = Tag;
  return Heading;
}

export const h2 = anchored('h2');
export const h3 = anchored('h3');
export const h4 = anchored('h4');

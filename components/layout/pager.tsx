import { SiteLink } from '@/components/ui/site-link';
import type { PageInfo } from '@/server/content';

function title(page: PageInfo) {
  return page.frontmatter.navTitle ?? page.frontmatter.title;
}

/** Previous / next page in reading order, across chapter boundaries. */
export function Pager({
  prev,
  next,
  labels,
}: {
  prev: PageInfo | undefined;
  next: PageInfo | undefined;
  labels: { previous: string; next: string };
}) {
  if (!prev && !next) return null;
  return (
    <nav
      aria-label={`${labels.previous} / ${labels.next}`}
      className="mt-16 grid gap-4 border-t border-line pt-8 sm:grid-cols-2 print:hidden"
    >
      {prev ? (
        <SiteLink
          href={prev.href}
          rel="prev"
          className="group rounded-lg border border-line p-4 hover:border-accent"
        >
          <span className="block text-xs text-muted">← {labels.previous}</span>
          <span className="mt-1 block font-medium group-hover:text-accent-strong">{title(prev)}</span>
        </SiteLink>
      ) : (
        <span />
      )}
      {next && (
        <SiteLink
          href={next.href}
          rel="next"
          className="group rounded-lg border border-line p-4 text-right hover:border-accent"
        >
          <span className="block text-xs text-muted">{labels.next} →</span>
          <span className="mt-1 block font-medium group-hover:text-accent-strong">{title(next)}</span>
        </SiteLink>
      )}
    </nav>
  );
}

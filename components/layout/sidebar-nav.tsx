import { SiteLink } from '@/components/ui/site-link';
import { cn } from '@/lib/utils';
import type { ChapterInfo } from '@/server/content';

/**
 * Chapter list with the current page marked (`aria-current="page"`), then the site-wide pages
 * (`links`: glossary, review) that a reader reaches from any chapter.
 */
export function SidebarNav({
  chapters,
  currentHref,
  label,
  links = [],
}: {
  chapters: readonly ChapterInfo[];
  currentHref: string;
  label: string;
  links?: readonly { href: string; label: string }[];
}) {
  return (
    <nav aria-label={label} className="text-sm">
      <p className="mb-2 px-2 text-xs font-semibold tracking-wide text-muted uppercase">{label}</p>
      <ol className="space-y-4">
        {chapters.map((chapter, index) => (
          <li key={chapter.slug}>
            <p className="px-2 font-semibold">
              <span className="mr-1.5 text-muted tabular-nums">{index + 1}.</span>
              {chapter.title}
            </p>
            <ol className="mt-1 ml-3 space-y-0.5 border-l border-line pl-2">
              {chapter.pages.map((page) => {
                const current = page.href === currentHref;
                return (
                  <li key={page.href}>
                    <SiteLink
                      href={page.href}
                      aria-current={current ? 'page' : undefined}
                      data-current={current || undefined}
                      className={cn(
                        'block rounded-md px-2 py-1.5 text-fg-2 hover:bg-surface-2 hover:text-fg',
                        'data-current:bg-accent-soft data-current:font-medium data-current:text-accent-strong',
                      )}
                    >
                      {page.frontmatter.navTitle ?? page.frontmatter.title}
                    </SiteLink>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
      {links.length > 0 && (
        <ul className="mt-6 space-y-0.5 border-t border-line pt-4">
          {links.map((link) => (
            <li key={link.href}>
              <SiteLink
                href={link.href}

                className="block rounded-md px-2 py-1.5 text-fg-2 hover:bg-surface-2 hover:text-fg"
              >
                {link.label}
              </SiteLink>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

import { z } from 'zod';

/**
 * Frontmatter every MDX page must carry. Validated at build (server/content.ts) and by the
 * content lint, so a missing title or an unknown key fails loudly instead of rendering `undefined`.
 */
export const frontmatterSchema = z
  .object({
    /** Page title: the `<h1>` and the browser tab. */
    title: z.string().min(1),
    /** Shorter label for the sidebar and prev/next links; defaults to `title`. */
    navTitle: z.string().min(1).optional(),
    /** One or two sentences for `<meta name="description">` and chapter cards. */
    description: z.string().min(10).max(300),
    /** Chapter name for the sidebar and home page; required on a chapter's `index` page only. */
    chapterTitle: z.string().min(1).optional(),
    /** What the whole chapter covers, for the home page card; required on `index` pages only. */
    chapterDescription: z.string().min(10).max(300).optional(),
  })
  .strict();

export type Frontmatter = z.infer<typeof frontmatterSchema>;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case');

/**
 * Chapter order is data (content/meta.json), shared by both locales: the same chapters and pages
 * exist in zh and en. A chapter's first page is conventionally `index` and lives at `/<locale>/<chapter>/`.
 */
export const metaSchema = z
  .object({
    chapters: z
      .array(
        z
          .object({
            slug,
            pages: z
              .array(slug)
              .min(1)
              .refine((pages) => pages[0] === 'index', "a chapter's first page must be 'index'")
              .refine((pages) => new Set(pages).size === pages.length, 'pages must be unique'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type Meta = z.infer<typeof metaSchema>;

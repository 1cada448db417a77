import { z } from 'zod';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = z.string().trim().min(1);

/**
 * One glossary term. `id` and `section` are identical in zh and en; `term`, `aka` and
 * `definition` are written in each language. `definition` is inline Markdown with KaTeX math
 * (one or two sentences: what the hover card shows), rendered at build time.
 */
export const glossaryTermSchema = z
  .object({
    /** kebab-case, the anchor on the glossary page and the `id` of `<Term id="…">` in MDX. */
    id: z.string().regex(kebab, 'must be kebab-case'),
    /** The name as this language's readers know it: `核采样` / `Nucleus sampling`. */
    term: text,
    /** Other names and abbreviations: `top-p` (zh entries list the English name here). */
    aka: z.array(text).max(4).default([]),
    definition: text.refine((s) => !s.includes('\n\n'), 'one paragraph only'),
    /** Where the chapter explains it: `<chapter>/<page>#<heading-id>`, e.g. `decoding/sampling#top-p`. */
    section: z
      .string()
      .regex(/^[a-z0-9-]+\/[a-z0-9-]+#[a-z0-9-]+$/, 'must look like chapter/page#heading-id'),
  })
  .strict();

export const glossarySchema = z.object({ terms: z.array(glossaryTermSchema).min(1) }).strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

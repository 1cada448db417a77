import { describeValue } from '@/lib/utils/validate';
import { evaluateArithmetic } from './arithmetic';

/**
 * A tool a ReAct agent can call: a description for the prompt and a function from the model's
 * `Action Input` text to the observation text. A tool reports bad input by throwing (a
 * `RangeError` or `TypeError` with a message); {@link runAgent} turns the message into the
 * observation, so the model reads the error instead of the run crashing.
 */
export interface AgentTool {
  /** One line for the prompt's tool list: what the tool does and what its input is. */
  readonly description: string;
  /** Runs the tool on the Action Input. */
  readonly run: (input: string) => string;
}

/**
 * The calculator tool: evaluates the Action Input with {@link evaluateArithmetic} (a hand-written
 * parser; no `eval`, no `Function`) and returns the number as JavaScript prints it (`0.1 + 0.2` →
 * `0.30000000000000004`). Bad input — `1/0`, `alert(1)`, `constructor`, over 1,000 characters,
 * parentheses nested deeper than 100 — throws evaluateArithmetic's `RangeError`, whose message
 * becomes the observation.
 *
 * @example calculatorTool.run('8 * 3') // '24'
 * @example calculatorTool.run('2^10 / 4') // '256'
 */
export const calculatorTool: AgentTool = {
  description:
    'evaluates an arithmetic expression: numbers, + - * / % ^, parentheses, sqrt ln log10 exp abs round min max, pi e. Input: the expression, e.g. 2 * (3 + 4)',
  run: (input) => String(evaluateArithmetic(input)),
};

/** One glossary entry as the lookup tool reads it; `definition` is plain text (no HTML, no TeX). */
export interface GlossaryEntry {
  readonly id: string;
  readonly term: string;
  readonly aka: readonly string[];
  readonly definition: string;
}

/** At most this many entries are returned for one lookup. */
export const GLOSSARY_MAX_RESULTS = 3;

/** Case- and width-insensitive key: NFKC, lower case, runs of spaces, hyphens and underscores → one space. */
function searchKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_]+/g, ' ')
    .trim();
}

function checkEntries(entries: unknown): readonly GlossaryEntry[] {
  if (!Array.isArray(entries)) {
    throw new TypeError(`entries must be an array of glossary entries, got ${describeValue(entries)}`);
  }
  entries.forEach((entry: unknown, i) => {
    const e = entry as Partial<Record<keyof GlossaryEntry, unknown>> | null;
    const ok =
      typeof e === 'object' &&
      e !== null &&
      typeof e.id === 'string' &&
      typeof e.term === 'string' &&
      typeof e.definition === 'string' &&
      Array.isArray(e.aka) &&
      e.aka.every((a) => typeof a === 'string');
    if (!ok) {
      throw new TypeError(
        `entries[${i}] must be { id: string, term: string, aka: string[], definition: string }, got ${describeValue(entry)}`,
      );
    }
  });
  return entries as readonly GlossaryEntry[];
}

function formatEntry(entry: GlossaryEntry): string {
  const aka = entry.aka.length > 0 ? ` (also: ${entry.aka.join(', ')})` : '';
  return `${entry.term} [${entry.id}]${aka}: ${entry.definition}`;
}

/**
 * A glossary lookup tool over `entries` (this site's glossary, passed in by the caller).
 *
 * Search: the input and each entry's id, term and aka are compared after NFKC normalisation and
 * lower-casing, with runs of spaces, hyphens and underscores treated as one space (`Self
 * Consistency` finds the id `self-consistency`). Entries with an exact match on any of the three
 * come first; if there are none, entries where one of them contains the input. At most
 * {@link GLOSSARY_MAX_RESULTS} entries are returned in glossary order, one per line as
 * `term [id] (also: aka…): definition`, with a count of the ones left out; no match is a normal
 * observation (`No glossary entry matches "…".`), not an error.
 *
 * @param entries the glossary; validated once here.
 * @throws {TypeError} when `entries` is not an array of `{ id, term, aka: string[], definition }`.
 * @throws {RangeError} (from `run`) when the input is empty after trimming.
 * @example glossaryLookupTool([{ id: 'kv-cache', term: 'KV cache', aka: [], definition: 'Stores keys and values.' }]).run('kv CACHE')
 * // 'KV cache [kv-cache]: Stores keys and values.'
 */
export function glossaryLookupTool(entries: readonly GlossaryEntry[]): AgentTool {
  const list = checkEntries(entries).map((entry) => ({
    entry,
    keys: [entry.id, entry.term, ...entry.aka].map(searchKey),
  }));
  return {
    description:
      "looks a term up in this site's glossary by id, name or alias (case-insensitive). Input: the term, e.g. KV cache",
    run: (input) => {
      const query = searchKey(input);
      if (query === '') throw new RangeError('glossary_lookup input must be a non-empty term, got ""');
      let found = list.filter(({ keys }) => keys.includes(query));
      if (found.length === 0) found = list.filter(({ keys }) => keys.some((key) => key.includes(query)));
      if (found.length === 0) return `No glossary entry matches "${input.trim()}".`;
      const lines = found.slice(0, GLOSSARY_MAX_RESULTS).map(({ entry }) => formatEntry(entry));
      const more = found.length - GLOSSARY_MAX_RESULTS;
      if (more > 0) lines.push(`(${more} more ${more === 1 ? 'entry matches' : 'entries match'})`);
      return lines.join('\n');
    },
  };
}

/**
 * A document-reading tool: the input names a document (trimmed, exact, case-sensitive) and the
 * observation is its text, returned as it is — whatever the text says, including instructions
 * planted in it (indirect prompt injection: Greshake et al. 2023, "Not what you've signed up for",
 * arXiv 2302.12173). Names are looked up as own keys only, so `constructor` or `__proto__` are
 * unknown documents, not inherited properties.
 *
 * @param documents name → text.
 * @throws {TypeError} when `documents` is not an object of strings.
 * @throws {RangeError} (from `run`) for an unknown name; the message lists the documents.
 * @example readDocumentTool({ 'a.txt': 'hello' }).run(' a.txt ') // 'hello'
 */
export function readDocumentTool(documents: Readonly<Record<string, string>>): AgentTool {
  if (typeof documents !== 'object' || documents === null || Array.isArray(documents)) {
    throw new TypeError(`documents must be an object of name → text, got ${describeValue(documents)}`);
  }
  const table = new Map<string, string>();
  for (const [name, text] of Object.entries(documents)) {
    if (typeof text !== 'string') {
      throw new TypeError(`documents[${JSON.stringify(name)}] must be a string, got ${describeValue(text)}`);
    }
    table.set(name, text);
  }
  const names = [...table.keys()].join(', ');
  return {
    description: `returns the text of a document. Input: its name, one of [${names}]`,
    run: (input) => {
      const name = input.trim();
      const text = table.get(name);
      if (text === undefined) {
        throw new RangeError(
          `read_document input must name a document, one of [${names}], got ${JSON.stringify(name)}`,
        );
      }
      return text;
    },
  };
}

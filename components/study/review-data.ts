/** Names of the review page's static data files (see app/[locale]/review/data/[file]/route.ts). */
export const TERMS_FILE = 'terms.json';

export const bankFileName = (chapter: string) => `${chapter}.json`;

export function reviewDataFiles(chapters: readonly string[]): string[] {
  return [...chapters.map(bankFileName), TERMS_FILE];
}

/**
 * An invisible marker at the end of an article: reaching it counts the page as read
 * (components/islands/shell.ts watches it and loads the progress store only at that moment).
 */
export function ReadTracker({ pageKey }: { pageKey: string }) {
  return <div data-read-marker={pageKey} aria-hidden="true" className="h-px" />;
}

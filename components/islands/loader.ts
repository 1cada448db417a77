/**
 * The island loader: decides when each `<div data-island>` of a page gets its code.
 *
 * - `data-load="eager"` islands (the review and search apps) start at once.
 * - Every other island starts when it comes within NEAR of the viewport, or as soon as the reader
 *   touches or focuses it, whichever is first. Until then the page is static HTML and no framework code
 *   has been downloaded.
 * - A click that lands before hydration is held and replayed once the runtime owns the island (typed
 *   values and ticked boxes are replayed by hydrate.tsx), so the first tap is never lost.
 */
const NEAR = '400px 0px';
const INTENT_EVENTS = ['pointerdown', 'touchstart', 'focusin', 'keydown'] as const;
const started = new WeakMap<HTMLElement, Promise<void>>();

let observer: IntersectionObserver | null = null;

function nearViewport(): IntersectionObserver | null {
  if (!('IntersectionObserver' in window)) return null;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) void startIsland(entry.target as HTMLElement);
      }
    },
    { rootMargin: NEAR },
  );
  return observer;
}

/** Starts (once) the hydration of one island; resolves when it is interactive. */
export function startIsland(el: HTMLElement): Promise<void> {
  const running = started.get(el);
  if (running) return running;
  observer?.unobserve(el);
  const heldClicks: HTMLElement[] = [];
  const holdClick = (event: Event) => {
    const target = (event.target as Element | null)?.closest<HTMLElement>(
      'button, summary, a[href], input[type="checkbox"], input[type="radio"]',
    );
    if (!target || !el.contains(target)) return;
    event.preventDefault();
    event.stopPropagation();
    heldClicks.push(target);
  };
  el.addEventListener('click', holdClick, true);
  const done = import('./hydrate')
    .then((m) => m.hydrateIsland(el))
    .then(
      () => {
        el.removeEventListener('click', holdClick, true);
        for (const target of heldClicks) if (target.isConnected) target.click();
      },
      (error: unknown) => {
        el.removeEventListener('click', holdClick, true);
        el.dataset.islandError = '';
        console.error(`Island "${el.dataset.island ?? ''}" failed to start`, error);
      },
    );
  started.set(el, done);
  return done;
}

/** Registers every island under `root`; call once per page. */
export function watchIslands(root: ParentNode = document) {
  for (const el of root.querySelectorAll<HTMLElement>('[data-island]')) {
    const io = nearViewport();
    if (el.dataset.load === 'eager' || !io) {
      void startIsland(el);
      continue;
    }
    io.observe(el);
    const onIntent = () => {
      for (const type of INTENT_EVENTS) el.removeEventListener(type, onIntent, true);
      void startIsland(el);
    };
    for (const type of INTENT_EVENTS) el.addEventListener(type, onIntent, { capture: true, passive: true });
  }
}

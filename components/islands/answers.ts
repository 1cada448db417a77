/**
 * Interview answers on demand. In the exported chapter pages each answer keeps only its short
 * answer; the rest sits in the page's `answers-<hash>.json` (scripts/answers.mjs) and a slot
 * `<div data-answer-rest="id" data-src="…">` waits for it. This fetches the file once per page:
 * when the interview section comes near the screen or a question is hovered, focused or touched,
 * and at the latest when a question opens; it fills a slot when its question opens, and every slot
 * before printing. A failed load says so and offers a retry. The HTML is the site's own, rendered
 * at build time (server/markdown.ts), never text a reader typed.
 */
type Answers = Record<string, string>;

const requests = new Map<string, Promise<Answers>>();
const loaded = new Map<string, Answers>();

function load(src: string): Promise<Answers> {
  let request = requests.get(src);
  if (!request) {
    request = fetch(src)
      .then((response) => {
        if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
        return response.json() as Promise<Answers>;
      })
      .then((answers) => {
        loaded.set(src, answers);
        return answers;
      });
    // A failed request is forgotten, so the next attempt fetches again.
    request.catch(() => requests.delete(src));
    requests.set(src, request);
  }
  return request;
}

const pendingSlots = () => document.querySelectorAll<HTMLElement>('[data-answer-rest][data-src]');

function put(slot: HTMLElement, answers: Answers): boolean {
  const html = answers[slot.dataset.answerRest ?? ''];
  if (html === undefined) return false;
  slot.innerHTML = html;
  slot.removeAttribute('data-src');
  slot.setAttribute('data-loaded', '');
  return true;
}

function showFailure(slot: HTMLElement) {
  const status = slot.querySelector('[data-answer-status]');
  if (!status) return;
  status.textContent = `${slot.dataset.failed ?? ''} `;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className =
    'rounded-md border border-line px-2 py-0.5 text-sm font-medium text-fg hover:bg-surface-2';
  retry.textContent = slot.dataset.retry ?? 'Retry';
  retry.addEventListener('click', () => fill(slot));
  status.append(retry);
}

function fill(slot: HTMLElement) {
  const src = slot.dataset.src;
  if (!src) return;
  load(src).then(
    (answers) => {
      if (!put(slot, answers)) showFailure(slot);
    },
    () => showFailure(slot),
  );
}

export function startAnswers() {
  const slots = pendingSlots();
  const first = slots[0];
  if (!first) return;
  const src = first.dataset.src!;
  const section = first.closest('details')?.parentElement ?? first;

  const fillOpened = (details: Element) => {
    const slot = details.querySelector<HTMLElement>('[data-answer-rest][data-src]');
    if (slot) fill(slot);
  };
  // `toggle` does not bubble, but a capturing listener on the document still sees it.
  document.addEventListener(
    'toggle',
    (event) => {
      const details = event.target;
      if (details instanceof HTMLDetailsElement && details.open) fillOpened(details);
    },
    true,
  );
  // Already open (the browser restored it, or opened it for a #q-… link or find-in-page).
  section.querySelectorAll('details[open]').forEach(fillOpened);

  // Intent: fetch before the click, so an opened answer is usually there at once.
  const warm = () => void load(src).catch(() => undefined);
  for (const type of ['pointerover', 'focusin', 'touchstart'] as const)
    section.addEventListener(type, warm, { once: true, passive: true });
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          warm();
        }
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(section);
  }

  // Printing shows every answer open (print styles): put in whatever has arrived.
  window.addEventListener('beforeprint', () => {
    const answers = loaded.get(src);
    if (answers) pendingSlots().forEach((slot) => put(slot, answers));
  });
}

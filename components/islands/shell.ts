/**
 * The behaviour of the site's chrome, in plain DOM code: no React, a few KiB, running from the
 * first moment on every page. The markup is rendered by server components (site-header.tsx,
 * docs-drawer.tsx, toc.tsx, …) with `data-*` hooks; this file gives them life:
 *
 * theme toggle · mobile drawer · language switch that keeps `#section` · TOC that follows the
 * scroll · search dialog on the button, `/` or Ctrl-K · "page read" marker · intent prefetch.
 *
 * Each control gets `data-hydrated` once it answers to input (end-to-end tests wait for it).
 */
import { LOCALE_STORAGE_KEY, isLocale, switchLocalePath } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n';
import { THEME_KEY, applyTheme } from '@/components/layout/theme';
import type { ThemeChoice } from '@/components/layout/theme';
import { OPEN_SEARCH_EVENT } from '@/components/search/events';

const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const THEME_ICONS: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

function ready(el: Element) {
  el.setAttribute('data-hydrated', '');
}

function storageGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function storageSet(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage disabled (private mode): the choice lasts for this page view only.
  }
}

function pageLocale(): Locale {
  const value = document.body.dataset.locale;
  return isLocale(value) ? value : 'zh';
}

/** Cycles system → light → dark; the label names the current choice for screen readers. */
function themeToggle() {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const labels = JSON.parse(button.dataset.labels ?? '{}') as Record<string, string>;
  const stored = storageGet(THEME_KEY);
  let current: ThemeChoice = stored === 'light' || stored === 'dark' ? stored : 'system';
  const show = () => {
    const text = `${labels.label ?? ''}: ${labels[current] ?? current}`;
    button.setAttribute('aria-label', text);
    button.title = text;
    const [icon, name] = button.querySelectorAll('span');
    if (icon) icon.textContent = THEME_ICONS[current];
    if (name) name.textContent = labels[current] ?? current;
  };
  show();
  button.addEventListener('click', () => {
    current = THEMES[(THEMES.indexOf(current) + 1) % THEMES.length] ?? 'system';
    storageSet(THEME_KEY, current);
    applyTheme(current);
    show();
  });
  // "System" follows the OS setting live.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (current === 'system') applyTheme('system');
  });
  ready(button);
}

/** The sidebar as a slide-in drawer on small screens. */
function drawer() {
  const button = document.querySelector<HTMLButtonElement>('[data-drawer-button]');
  const panel = document.getElementById('docs-sidebar');
  const backdrop = document.querySelector<HTMLElement>('[data-drawer-backdrop]');
  if (!button || !panel) return;
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', (open ? button.dataset.closeLabel : button.dataset.openLabel) ?? '');
    const icon = button.querySelector('[data-drawer-icon]');
    if (icon) icon.textContent = open ? '✕' : '☰';
    panel.toggleAttribute('data-open', open);
    if (backdrop) backdrop.hidden = !open;
    if (open) panel.querySelector('a')?.focus();
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  backdrop?.addEventListener('click', () => setOpen(false));
  panel.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) setOpen(false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      button.focus();
    }
  });
  ready(button);
}

/** Links to the same page in the other language, carrying `#section` and remembering the choice. */
function languageSwitch() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    const target = link.dataset.langSwitch;
    if (!isLocale(target)) continue;
    const path = location.pathname.startsWith(BASE)
      ? location.pathname.slice(BASE.length)
      : location.pathname;
    link.href = BASE + switchLocalePath(path || '/', target);
    link.addEventListener('click', (event) => {
      storageSet(LOCALE_STORAGE_KEY, target);
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      location.assign(link.href + location.hash);
    });
    ready(link);
  }
  // The language chooser at `/`: remember the door taken.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-remember-locale]')) {
    link.addEventListener('click', () => storageSet(LOCALE_STORAGE_KEY, link.dataset.rememberLocale ?? ''));
  }
}

/** Marks the TOC entry of the section being read (a heading counts once it passes the top fifth). */
function tocSpy() {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('nav[data-toc] a[href^="#"]')];
  const headings = links
    .map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))))
    .filter((el): el is HTMLElement => el !== null);
  if (headings.length === 0 || !('IntersectionObserver' in window)) return;
  const visible = new Set<string>();
  const mark = (id: string) => {
    for (const a of links) {
      const on = a.hash === `#${id}`;
      a.toggleAttribute('data-active', on);
      if (on) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target.id);
        else visible.delete(entry.target.id);
      }
      const first = headings.find((h) => visible.has(h.id));
      const current = first ?? headings.filter((h) => h.getBoundingClientRect().top < 0).at(-1);
      if (current) mark(current.id);
    },
    { rootMargin: '-56px 0px -70% 0px' },
  );
  headings.forEach((h) => observer.observe(h));
}

function isTyping(target: EventTarget | null) {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** The header's search: the dialog island is created on first use; later opens reuse it. */
function search(startIsland: (el: HTMLElement) => Promise<void>) {
  let dialog: HTMLElement | null = null;
  const open = () => {
    if (dialog) {
      document.dispatchEvent(new Event(OPEN_SEARCH_EVENT));
      return;
    }
    dialog = document.createElement('div');
    dialog.dataset.island = 'search-dialog';
    dialog.dataset.render = 'client';
    dialog.dataset.locale = pageLocale();
    dialog.dataset.props = JSON.stringify({ locale: pageLocale() });
    document.body.append(dialog);
    void startIsland(dialog);
  };
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-search-button]')) {
    button.addEventListener('click', open);
    ready(button);
  }
  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key === 'k' && (event.ctrlKey || event.metaKey)) ||
      (event.key === '/' && !isTyping(event.target));
    if (!shortcut) return;
    event.preventDefault();
    open();
  });
}

/** Reaching the end of an article counts the page as read (the progress store loads only then). */
function readMarker() {
  const marker = document.querySelector<HTMLElement>('[data-read-marker]');
  const key = marker?.dataset.readMarker;
  if (!marker || !key || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    void import('@/components/study/mark-read').then((m) => m.markPageRead(key));
  });
  observer.observe(marker);
}

/**
 * Fetches another page's HTML only once the reader shows intent (pointer over, focus or touch on
 * its link), never on sight: a static page is one small document, so this makes the click instant
 * without spending a phone's data on links never followed.
 */
function prefetchOnIntent() {
  const done = new Set<string>([location.pathname]);
  const onIntent = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin) return;
    if (!link.pathname.startsWith(`${BASE}/`) || done.has(link.pathname) || link.hasAttribute('download'))
      return;
    done.add(link.pathname);
    const hint = document.createElement('link');
    hint.rel = 'prefetch';
    hint.href = link.pathname;
    document.head.append(hint);
  };
  for (const type of ['pointerover', 'focusin', 'touchstart'] as const) {
    document.addEventListener(type, onIntent, { passive: true });
  }
}

/** Starts every behaviour of the chrome. `startIsland` comes from the island loader. */
export function startShell(startIsland: (el: HTMLElement) => Promise<void>) {
  themeToggle();
  drawer();
  languageSwitch();
  tocSpy();
  search(startIsland);
  readMarker();
  prefetchOnIntent();
}

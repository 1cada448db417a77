import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: '页面不存在 · Page not found',
  description: '找不到这个页面。This page does not exist.',
};

const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** The exported 404.html: bilingual, since a missing URL tells us nothing about the reader's language. */
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body>
        <main
          id="main"
          className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-6 px-6 py-16"
        >
          <p className="text-6xl font-bold text-accent">404</p>
          <h1 className="text-3xl font-bold">
            页面不存在{' '}
            <span className="block text-xl font-normal text-muted" lang="en">
              Page not found
            </span>
          </h1>
          <p className="text-fg-2">
            链接可能已经失效，或者地址输错了。
            <span lang="en"> The link may be outdated, or the address mistyped.</span>
          </p>
          <ul className="flex gap-4">
            <li>
              {/* Plain anchors: this page also answers for URLs outside the app's routes. */}
              <a className="underline underline-offset-4 hover:text-accent-strong" href={`${base}/zh/`}>
                返回中文首页
              </a>
            </li>
            <li>
              <a
                className="underline underline-offset-4 hover:text-accent-strong"
                href={`${base}/en/`}
                lang="en"
              >
                English home
              </a>
            </li>
          </ul>
        </main>
      </body>
    </html>
  );
}

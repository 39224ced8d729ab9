import type { Metadata, Viewport } from 'next';
import '@fontsource/noto-serif-sc/400.css';
import './_fonts/noto-sans-sc.css';
import { NavBar } from './_components/nav-bar';
import './globals.css';

// Every page reads the learner's live data.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Ciku 词库', template: '%s · Ciku 词库' },
  description: 'Learn the words of real Chinese texts with spaced repetition, in the sentences they came from.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fafaf9' },
    { media: '(prefers-color-scheme: dark)', color: '#0c0a09' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-stone-800">
          Skip to content
        </a>
        <NavBar />
        <main id="main" className="mx-auto w-full max-w-4xl px-4 pb-16 pt-6 sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}

import Link from 'next/link';
import { NavLink } from './nav-link';

export function NavBar() {
  return (
    <header className="border-b border-stone-200 bg-white/80 backdrop-blur dark:border-stone-800 dark:bg-stone-900/80">
      <nav aria-label="Main" className="mx-auto flex h-14 w-full max-w-4xl items-center gap-0.5 px-3 sm:gap-2 sm:px-6">
        <Link href="/" className="mr-auto flex items-baseline gap-2 rounded px-1 text-lg font-semibold tracking-tight">
          <span lang="zh-CN" className="hanzi text-xl text-red-700 dark:text-red-400">词库</span>
          <span className="hidden sm:inline">Ciku</span>
        </Link>
        <NavLink href="/">Home</NavLink>
        <NavLink href="/review">Review</NavLink>
        <NavLink href="/articles">Articles</NavLink>
        <NavLink href="/words">Words</NavLink>
        <NavLink href="/stats">Stats</NavLink>
        <NavLink href="/settings">Settings</NavLink>
      </nav>
    </header>
  );
}

import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="mx-auto max-w-xl rounded-2xl border border-stone-200 bg-white p-8 text-center shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <p lang="zh-CN" className="hanzi text-5xl text-stone-400">
        没有
      </p>
      <h1 className="mt-3 text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">There is no page at this address.</p>
      <Link href="/" className="mt-6 inline-block rounded-lg bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900">
        Back to the dashboard
      </Link>
    </section>
  );
}

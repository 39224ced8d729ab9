import Link from 'next/link';

/** Links to the previous and next page of something paged (the word list, a long article), with where you are between them. */
export function PageLinks({
  label,
  page,
  pages,
  href,
  previous,
  next,
  position,
  testId,
}: {
  label: string;
  page: number;
  pages: number;
  href: (page: number) => string;
  previous: string;
  next: string;
  position: string;
  testId?: string;
}) {
  if (pages <= 1) return null;
  const link = 'rounded-md border border-stone-300 px-3 py-1.5 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-3 text-sm" data-testid={testId}>
      {page > 1 ? (
        <Link href={href(page - 1)} className={link} rel="prev">
          {previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-500 dark:text-stone-400">{position}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className={link} rel="next">
          {next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

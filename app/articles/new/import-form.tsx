'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { ImportJobStatus } from '@/lib/articles/import-jobs';
import type { BrowserPreview } from '@/lib/data/browser-import';
import { checkArticleText, checkSource, checkTitle, decodeUploadedText, MAX_BROWSER_ARTICLE_BYTES, SIZE_LIMIT_MESSAGE } from '@/lib/text/article-input';
import { ImportOutcome, PreviewPanel } from './import-panels';

type Refusal = { ok: false; error: string; message: string };
const POLL_MS = 500;

async function postJson<T>(url: string, body: unknown): Promise<T | Refusal> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return (await response.json()) as T | Refusal;
  } catch {
    return { ok: false, error: 'network', message: 'The server did not answer: check that Ciku is running, then try again.' };
  }
}

const field = 'mt-1 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900';
const primary = 'rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-50 dark:bg-red-600 dark:hover:bg-red-500';
const secondary = 'rounded-md border border-stone-300 px-4 py-2 text-sm font-medium hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800';

/** Paste or upload a text, preview what it would add, import it in the background and follow its progress. */
export function ImportForm({ running }: { running: ImportJobStatus | null }) {
  const router = useRouter();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ preview: BrowserPreview; title: string } | null>(null);
  const [job, setJob] = useState<ImportJobStatus | null>(running);
  const fileInput = useRef<HTMLInputElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  // Follows the running import until it ends; then the page's list of articles is refreshed.
  useEffect(() => {
    if (job?.state !== 'running') return;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/articles/import/${job.id}`, { cache: 'no-store' });
        const answer = (await response.json()) as { ok: true; job: ImportJobStatus } | Refusal;
        if (answer.ok) {
          setJob(answer.job);
          if (answer.job.state !== 'running') router.refresh();
        } else {
          setJob(null);
          setError(answer.message);
        }
      } catch {
        setJob({ ...job });
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, router]);

  const edited = (change: () => void) => {
    change();
    setPreview(null);
    setError('');
  };

  async function chooseFile(file: File | undefined) {
    if (!file) return;
    setPreview(null);
    // Refused at once, before a byte of a huge file is read.
    if (file.size > MAX_BROWSER_ARTICLE_BYTES) return setError(`${file.name} is too large. ${SIZE_LIMIT_MESSAGE}`);
    const decoded = decodeUploadedText(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!decoded.ok) return setError(decoded.message);
    setError('');
    setText(decoded.value);
    if (!title.trim()) setTitle(file.name.replace(/\.(txt|text)$/i, ''));
    if (!source.trim()) setSource(file.name);
  }

  /** The article as the routes take it, checked here first with the same rules; null (and the reason shown) when it is refused. */
  function checked(onTitleTaken?: 'update' | 'new') {
    const checkedText = checkArticleText(text);
    const checkedTitle = checkTitle(title);
    const checkedSource = checkSource(source);
    const problem = [checkedText, checkedTitle, checkedSource].find((result) => !result.ok);
    if (problem && !problem.ok) {
      setError(problem.message);
      return null;
    }
    return { text, title, source, onTitleTaken };
  }

  async function showPreview() {
    const article = checked();
    if (!article) return;
    setBusy(true);
    setError('');
    const answer = await postJson<{ ok: true; preview: BrowserPreview }>('/api/articles/preview', article);
    setBusy(false);
    if (answer.ok) setPreview({ preview: answer.preview, title: title.trim() });
    else setError(answer.message);
  }

  async function startImport(onTitleTaken?: 'update' | 'new') {
    const article = checked(onTitleTaken);
    if (!article) return;
    setBusy(true);
    setError('');
    const answer = await postJson<{ ok: true; job: ImportJobStatus }>('/api/articles/import', article);
    setBusy(false);
    if (answer.ok) {
      setJob(answer.job);
      setPreview(null);
    } else setError(answer.message);
  }

  function startOver() {
    setJob(null);
    setText('');
    setTitle('');
    setSource('');
    setPreview(null);
    setError('');
    if (fileInput.current) fileInput.current.value = '';
  }

  if (job) return <ImportOutcome job={job} onStartOver={startOver} onBack={() => setJob(null)} />;

  return (
    <form
      data-ready={ready || undefined}
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        void showPreview();
      }}
    >
      <label className="block">
        <span className="text-sm font-medium">Text</span>
        <textarea
          name="text"
          value={text}
          onChange={(event) => edited(() => setText(event.target.value))}
          rows={8}
          lang="zh-CN"
          placeholder="粘贴一篇中文文章… (paste a Chinese article, with or without spaces between its words)"
          className={`${field} hanzi min-h-40 text-base`}
        />
      </label>
      <label className="block">
        <span className="text-sm font-medium">…or a .txt file (UTF-8)</span>
        <input
          ref={fileInput}
          type="file"
          name="file"
          accept=".txt,text/plain"
          onChange={(event) => void chooseFile(event.target.files?.[0])}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium dark:file:border-stone-700 dark:file:bg-stone-900 dark:file:text-stone-100"
        />
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="block">
          <span className="text-sm font-medium">Title (required)</span>
          <input name="title" value={title} onChange={(event) => edited(() => setTitle(event.target.value))} required className={field} />
        </label>
        <label className="block">
          <span className="text-sm font-medium">Source (optional)</span>
          <input name="source" value={source} onChange={(event) => edited(() => setSource(event.target.value))} placeholder="author, journal, web address" className={field} />
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={busy} className={preview ? secondary : primary}>
          {busy && !preview ? 'Reading the text…' : 'Preview'}
        </button>
      </div>
      {error && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
      {preview && <PreviewPanel preview={preview.preview} title={preview.title} busy={busy} onImport={(choice) => void startImport(choice)} />}
    </form>
  );
}

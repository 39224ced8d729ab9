import { spawn } from 'node:child_process';
import path from 'node:path';
import { OptimiserError } from './errors';
import type { OptimisationInput, OptimisationOutcome, OptimisationProgress } from './optimise';
import { serialiseInput, type WorkerMessage } from './protocol';

/** The worker script, from the project's folder, where `npm start`, `next start` and the tests run. */
const WORKER = path.join(process.cwd(), 'scripts', 'optimise-worker.ts');

/**
 * Runs `optimiseHistory` in a child process: the app stays responsive, and a crash in the native optimiser
 * ends that process only.
 */
export function optimiseInChildProcess(input: OptimisationInput, onProgress: (progress: OptimisationProgress) => void): Promise<OptimisationOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER], { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] });
    let outcome: OptimisationOutcome | null = null;
    let failure: string | null = null;
    let pending = '';
    let errorOutput = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        if (!line.trim()) continue;
        const message = JSON.parse(line) as WorkerMessage;
        if (message.type === 'progress') onProgress({ phase: message.phase, fraction: message.fraction });
        else if (message.type === 'outcome') outcome = message.outcome;
        else failure = message.message;
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (errorOutput = (errorOutput + chunk).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (outcome) resolve(outcome);
      else if (failure) reject(new OptimiserError(failure));
      else reject(new Error(`The optimiser stopped (exit code ${code}) without an answer: ${errorOutput.trim() || 'no message'}`));
    });
    child.stdin.on('error', () => {}); // a child that dies early closes its input; 'close' reports why
    child.stdin.end(JSON.stringify(serialiseInput(input)));
  });
}

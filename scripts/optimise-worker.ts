// The optimisation as a process of its own (started by lib/optimisation/child-process.ts): the input as JSON
// on standard input, progress and the outcome as JSON lines on standard output. Reading the history and
// judging parameters take seconds of JavaScript; here they never hold up the app's requests.
import { OptimiserError } from '@/lib/optimisation/errors';
import { optimiseHistory } from '@/lib/optimisation/optimise';
import { deserialiseInput, type SerialisedInput, type WorkerMessage } from '@/lib/optimisation/protocol';

const send = (message: WorkerMessage) => process.stdout.write(`${JSON.stringify(message)}\n`);

let text = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) text += chunk;
try {
  const outcome = await optimiseHistory(deserialiseInput(JSON.parse(text) as SerialisedInput), (progress) => send({ type: 'progress', ...progress }));
  send({ type: 'outcome', outcome });
} catch (error) {
  if (error instanceof OptimiserError) send({ type: 'error', message: error.message });
  else console.error(error);
  process.exitCode = 1;
}

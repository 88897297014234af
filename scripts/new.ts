/**
 * `npm run new -- meeting|team|person|plan|series [--title … --yes]`: creates a new content file
 * that passes the validator, asking in Swedish for what must be filled in. See src/lib/editor/scaffold/.
 */
import { createInterface } from 'node:readline';
import { runScaffold } from '../src/lib/editor/scaffold/cli.ts';

const lines = createInterface({ input: process.stdin, terminal: process.stdin.isTTY === true });
// Answers piped in arrive before the questions are asked: keep them in order until asked for.
const queue: string[] = [];
const waiting: Array<(line: string | undefined) => void> = [];
let ended = false;
lines.on('line', (line) => {
  const next = waiting.shift();
  if (next) next(line);
  else queue.push(line);
});
lines.on('close', () => {
  ended = true;
  for (const next of waiting.splice(0)) next(undefined);
});

function ask(question: string): Promise<string | undefined> {
  process.stdout.write(question);
  if (queue.length > 0) return Promise.resolve(queue.shift());
  if (ended) return Promise.resolve(undefined);
  return new Promise((resolve) => waiting.push(resolve));
}

process.exitCode = await runScaffold(process.argv.slice(2), {
  cwd: process.cwd(),
  ask,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
lines.close();

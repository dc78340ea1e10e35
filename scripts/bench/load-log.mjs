// `node --import ./scripts/bench/load-log.mjs app.js`: appends one line per module the app loads,
// "<epoch ms> <bytes> <url>", to the file named by BENCH_LOAD_LOG. The bench counts the files and
// bytes of dist/ loaded before the first frame with it (a dependency that slips onto the startup
// path, like zod did through the live-class link, shows up there first).
import { appendFileSync, statSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

const log = process.env.BENCH_LOAD_LOG;

/** The loader hook (it runs on the hooks thread, where this same file is loaded again). */
export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  let bytes = 0;
  try {
    if (url.startsWith('file:')) bytes = statSync(fileURLToPath(url)).size;
  } catch {}
  if (log) appendFileSync(log, `${Date.now()} ${bytes} ${url}\n`);
  return result;
}

if (isMainThread && log) register(import.meta.url);

// Loads the built-in content for preflightInteractive (interactive-args.ts); split out so the
// content loader is imported only when a lesson or a count was given.
import { builtinContentDirs } from '../content/builtin.js';
import { loadContent } from '../content/loader.js';
import type { CliFlags } from './args.js';
import { type Checked, preflightInteractive } from './interactive-args.js';

export function preflightContent(
  command: string,
  args: readonly string[],
  flags: Pick<CliFlags, 'count' | 'topics'>,
): Checked<string[]> {
  const content = loadContent([{ ...builtinContentDirs(), builtin: true }]);
  return preflightInteractive({
    command,
    args,
    count: flags.count,
    topics: flags.topics,
    lessons: content.lessons,
    questions: content.questions,
  });
}

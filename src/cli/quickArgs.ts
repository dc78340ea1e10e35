// `iam-tutor`, `--version` and `--help` on their own need no parser. meow, with the dependencies
// it bundles, costs about 10 MB of memory and 40 ms to load: most of `--version`'s time, and
// enough to push the home screen over its 80 MB budget. Anything else goes through parseArgs.
import type { ParsedArgs } from './args.js';
import { usage } from './usage.js';

export function quickParse(argv: readonly string[], version: string): ParsedArgs | undefined {
  if (argv.length === 0) {
    return {
      kind: 'interactive',
      command: 'home',
      args: [],
      flags: {
        color: true,
        screenReader: false,
        json: false,
        yes: false,
        force: false,
        solved: false,
        headless: false,
      },
    };
  }
  if (argv.length !== 1) return undefined;
  if (argv[0] === '--version' || argv[0] === '-v') return { kind: 'version', version };
  if (argv[0] === '--help' || argv[0] === '-h') return { kind: 'help', text: usage };
  return undefined;
}

// The scenario's files (trust.json, containers.json ...), as a shell shows them: `ls` lists them,
// `cat NAME` prints one. Commands read them as file://NAME; `file write` replaces one.

import { cliError } from '../errors.js';
import { done, failed } from './support.js';
import type { VerbSpec } from './types.js';

export const listFiles: VerbSpec<'ls'> = {
  verb: 'ls',
  operation: 'ListFiles',
  summary: 'List the files commands can read as file://NAME.',
  mutates: false,
  sandboxOnly: true,
  params: [],
  run(world) {
    const names = Object.keys(world.files).sort();
    return done(world, names.length > 0 ? names.join('\n') : '(no files yet: file write NAME CONTENT makes one)');
  },
};

export const catFile: VerbSpec<'cat'> = {
  verb: 'cat',
  operation: 'Cat',
  summary: 'Show a file, e.g. cat trust.json.',
  mutates: false,
  sandboxOnly: true,
  params: [{ flag: 'NAME', key: 'name', kind: 'positional', required: true }],
  run(world, input) {
    const name = input.name.replace(/^file:\/\//, '');
    if (!Object.hasOwn(world.files, name)) {
      const names = Object.keys(world.files).sort();
      return failed(
        cliError(
          `cat: ${name}: No such file or directory`,
          names.length > 0 ? `The files here: ${names.join(', ')}.` : 'There are no files yet.',
        ),
      );
    }
    return done(world, world.files[name]!);
  },
};

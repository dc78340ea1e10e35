// `--screen-reader` and INK_SCREEN_READER=true both turn screen-reader mode on; it is parsed from
// the command table, shown in --help, and turns colour off (a reader would speak the codes).
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.js';
import { main } from '../../../src/cli/main.js';
import { usage } from '../../../src/cli/usage.js';
import { screenReaderWanted } from '../../../src/ui/accessibility/mode.js';
import { captureIo } from '../../helpers/cliIo.js';

describe('screen-reader mode on the command line', () => {
  it('parses --screen-reader on home and on every interactive command', () => {
    for (const argv of [['--screen-reader'], ['lessons', '--screen-reader'], ['exam', '--screen-reader']]) {
      const parsed = parseArgs(argv, '0.0.0');
      expect(parsed, argv.join(' ')).toMatchObject({ kind: 'interactive', flags: { screenReader: true } });
    }
    expect(parseArgs(['quiz'], '0.0.0')).toMatchObject({ kind: 'interactive', flags: { screenReader: false } });
  });

  it('is turned on by the flag or by INK_SCREEN_READER=true, and by nothing else', () => {
    expect(screenReaderWanted(true, {})).toBe(true);
    expect(screenReaderWanted(false, { INK_SCREEN_READER: 'true' })).toBe(true);
    expect(screenReaderWanted(undefined, { INK_SCREEN_READER: 'true' })).toBe(true);
    expect(screenReaderWanted(false, {})).toBe(false);
    expect(screenReaderWanted(false, { INK_SCREEN_READER: 'false' })).toBe(false);
    expect(screenReaderWanted(false, { INK_SCREEN_READER: '1' })).toBe(false);
  });

  it('is in --help with the variable named', () => {
    expect(usage.replace(/\s+/g, ' ')).toContain(
      '--screen-reader Linear text with roles and labels, no colour (or INK_SCREEN_READER=true)',
    );
  });

  it.each([
    ['--screen-reader', ['explain', 'no-such-policy.json', '--screen-reader'], {}],
    ['INK_SCREEN_READER=true', ['explain', 'no-such-policy.json'], { INK_SCREEN_READER: 'true' }],
  ])('%s turns colour off before anything is drawn', async (_name, argv, env) => {
    const fake = captureIo({ env: { ...env } });
    await main(argv, fake.io);
    expect(fake.io.env.FORCE_COLOR).toBe('0');
    const plain = captureIo({ env: {} });
    await main(['explain', 'no-such-policy.json'], plain.io);
    expect(plain.io.env.FORCE_COLOR).toBeUndefined();
  });
});

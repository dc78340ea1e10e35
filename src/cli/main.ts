import type { ParsedArgs } from './args.js';
import { applyColorPreference } from './color.js';
import type { CliIo } from './io.js';
import { version } from '../version.js';
import { quickParse } from './quickArgs.js';
import { colorDisabledInSettings } from './savedColor.js';
import { screenReaderWanted } from '../ui/accessibility/mode.js';
import { cleanText } from '../untrusted/text.js';
import type { WorkshopSession } from '../workshop/session.js';

export interface MainResult {
  code: number;
  /** True when the process should exit at once (interactive sessions). */
  hardExit: boolean;
}

export const notATtyMessage =
  'iam-tutor: the interactive tutor needs a terminal, but stdin or stdout is not a TTY.\n' +
  'Run it directly in a terminal, or use a command that works without one: ' +
  'explain, validate, progress export, sandbox serve (see iam-tutor --help).\n';

export async function main(argv: string[], io: CliIo): Promise<MainResult> {
  const parsed: ParsedArgs = quickParse(argv, version) ?? (await import('./args.js')).parseArgs(argv, version);
  switch (parsed.kind) {
    case 'help':
      io.stdout.write(`${parsed.text}\n`);
      return { code: 0, hardExit: false };
    case 'version':
      io.stdout.write(`${parsed.version}\n`);
      return { code: 0, hardExit: false };
    case 'error':
      // The message can quote what was typed (an unknown command): never echo a control code.
      io.stderr.write(`iam-tutor: ${cleanText(parsed.message)}\n\n${parsed.usage}\n`);
      return { code: 2, hardExit: false };
    case 'batch': {
      // A screen reader would read colour codes out; batch output is linear text already.
      applyColorPreference(parsed.flags.color && !screenReaderWanted(parsed.flags.screenReader, io.env), io.env);
      const { findCommand } = await import('./command-table.js');
      const command = findCommand(parsed.command);
      if (command?.mode !== 'batch') throw new Error(`no handler for ${parsed.command}`);
      const run = await command.load();
      return { code: await run({ args: parsed.args, flags: parsed.flags, io }), hardExit: false };
    }
    case 'interactive': {
      let workshop: WorkshopSession | undefined;
      if (parsed.command === 'workshop') {
        // Check the pack first, so a missing or broken pack is reported even without a terminal.
        const { prepareWorkshop } = await import('./commands/workshop.js');
        const prepared = prepareWorkshop(parsed.args, parsed.flags, io);
        if (!prepared.ok) return { code: prepared.code, hardExit: false };
        workshop = prepared.session;
      }
      let args = parsed.args;
      const { needsPreflight } = await import('./interactive-args.js');
      if (needsPreflight(parsed.command, args, parsed.flags.count)) {
        // Checked before the terminal is taken, so `exam --count 500` and `lessons 99` say why
        // and exit 2 instead of being clamped or failing inside the tutor.
        const { preflightContent } = await import('./preflight-content.js');
        const checked = preflightContent(parsed.command, args, parsed.flags, io.env);
        if (!checked.ok) {
          io.stderr.write(`iam-tutor: ${cleanText(checked.message)}\n`);
          return { code: 2, hardExit: false };
        }
        args = checked.value;
      }
      // Only `--join` needs the live link: its module pulls in zod (454 kB of the bundle, ~8 MB of
      // memory and ~40 ms before the first frame), which the home screen does not use.
      const live =
        parsed.flags.join === undefined
          ? { ok: true as const, link: undefined }
          : (await import('./commands/workshop-join.js')).prepareLiveLink(parsed.command, parsed.flags, workshop, io);
      if (!live.ok) return { code: 2, hardExit: false };
      // Ink would otherwise die with "Raw mode is not supported" and a stack trace.
      if (io.stdin.isTTY !== true || io.stdout.isTTY !== true) {
        io.stderr.write(notATtyMessage);
        return { code: 2, hardExit: false };
      }
      // A synchronous peek at the saved file (no import of its own: one less module hop before
      // the UI's modules, which must load after the colour choice because chalk reads it once).
      const savedOff = colorDisabledInSettings({ dataDir: workshop?.dataDir, flag: parsed.flags.dataDir, env: io.env });
      // Screen-reader mode draws no colour: Ink would pass colour codes into the text it speaks.
      const screenReader = screenReaderWanted(parsed.flags.screenReader, io.env);
      const color = applyColorPreference(parsed.flags.color && !savedOff && !screenReader, io.env);
      const { runInteractive } = await import('../ui/run.js');
      live.link?.start();
      const code = await runInteractive({
        command: parsed.command,
        args,
        flags: parsed.flags,
        color,
        screenReader,
        // A workshop adds its pack's content and keeps the attendee's progress apart.
        ...(workshop ? { workshop, dataDirOverride: workshop.dataDir, extraContentDirs: workshop.contentDirs } : {}),
      });
      // The last change made before quitting is queued now and delivered on the next start.
      live.link?.scan();
      live.link?.stop();
      return { code, hardExit: true };
    }
  }
}

// The node side of the sandbox controller: export files in the learner's directory, and the live
// endpoints (loaded on first use: node:http and the servers are not needed to start the tutor).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { ExportFiles, StartLive } from '../../app/index.js';

export function exportFilesIn(cwd: string): ExportFiles {
  return {
    pathOf: (name) => resolve(cwd, name),
    exists: (name) => existsSync(resolve(cwd, name)),
    write: (name, text) => writeFileSync(resolve(cwd, name), text),
  };
}

export const startLiveEndpoints: StartLive = async (world, onRequest) => {
  const { SandboxHost, startSandboxEndpoints } = await import('../../sandbox/endpoints/index.js');
  const host = new SandboxHost(world);
  const running = await startSandboxEndpoints(host);
  host.on('request', onRequest);
  return {
    env: running.env,
    serve: (next) => host.replaceWorld(next),
    sandboxNow: () => host.sandboxNow(),
    close: () => running.close(),
  };
};

/** The learner's own editor ($VISUAL, then $EDITOR), or undefined when neither is set. */
export function externalEditor(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = (env.VISUAL ?? env.EDITOR ?? '').trim();
  return chosen === '' ? undefined : chosen;
}

/**
 * Opens text in the learner's editor with the terminal handed over (raw mode off, the tutor
 * waiting), and returns the text as saved, or a problem in words. The file lives in a private
 * temporary directory, removed afterwards.
 */
export function editExternally(
  editor: string,
  name: string,
  text: string,
  terminal: { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream } = process,
): { text: string } | { problem: string } {
  const dir = mkdtempSync(join(tmpdir(), 'iam-tutor-edit-'));
  const file = join(dir, basename(name) || 'policy.json');
  const raw = terminal.stdin.isTTY && terminal.stdin.isRaw;
  try {
    writeFileSync(file, text);
    // "code --wait" and the like: the words of the variable, then the file.
    const [command, ...args] = editor.split(/\s+/);
    if (raw) terminal.stdin.setRawMode(false);
    const ran = spawnSync(command!, [...args, file], { stdio: 'inherit' });
    if (ran.error) return { problem: `Could not run ${command}: ${ran.error.message}` };
    if (ran.status !== 0)
      return { problem: `${command} exited with status ${ran.status ?? ran.signal}; kept the text as it was.` };
    return { text: readFileSync(file, 'utf8').replace(/\n$/, '') };
  } catch (error) {
    return { problem: `Could not edit ${name} in ${editor}: ${(error as Error).message}` };
  } finally {
    if (raw) terminal.stdin.setRawMode(true);
    // The editor drew over the frame: clear it, so the next frame is drawn whole.
    if (terminal.stdout.isTTY) terminal.stdout.write('\u001b[2J\u001b[H');
    rmSync(dir, { recursive: true, force: true });
  }
}

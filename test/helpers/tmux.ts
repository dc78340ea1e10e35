import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The built CLI the end-to-end tests drive (npm test builds it first). */
export const cliPath = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

export function tmuxAvailable(): boolean {
  return spawnSync('tmux', ['-V']).status === 0;
}

export interface TmuxSessionOptions {
  args?: string[];
  env?: Record<string, string>;
  columns?: number;
  rows?: number;
}

/**
 * The tutor in a real pseudo-terminal. tmux gives a genuine TTY (raw mode, resize, alternate
 * screen), keys go in with send-keys and the screen comes back with capture-pane. The exit code
 * is written to a file by the shell wrapper, because the pane closes with the program.
 */
export class TmuxSession {
  readonly name: string;
  readonly dir: string;
  private readonly exitFile: string;
  private socket: string;
  private readonly sockets: string[] = [];

  constructor(private readonly options: TmuxSessionOptions = {}) {
    this.dir = mkdtempSync(join(tmpdir(), 'iam-tutor-e2e-'));
    this.name = `t${process.pid}${Math.floor(performance.now())}`;
    this.exitFile = join(this.dir, 'exit-code');
    this.socket = this.nextSocket();
  }

  /**
   * A fresh tmux server per start: reusing the socket right after kill-server races with the old
   * server's shutdown ("server exited unexpectedly" seen in CI).
   */
  private nextSocket(): string {
    const socket = join(this.dir, `tmux-${this.sockets.length}.sock`);
    this.sockets.push(socket);
    return socket;
  }

  start(args: string[] = this.options.args ?? []): this {
    // Each session gets its own progress store so tests never touch the developer's.
    const env = { IAM_TUTOR_DATA_DIR: join(this.dir, 'data'), ...this.options.env };
    const exports = Object.entries(env)
      .map(([k, v]) => `export ${k}=${shellQuote(v)};`)
      .join(' ');
    const command = `${exports} node ${shellQuote(cliPath)} ${args.map(shellQuote).join(' ')}; echo $? > ${shellQuote(this.exitFile)}; sleep 600`;
    this.startServer([
      'new-session',
      '-d',
      '-s',
      this.name,
      '-x',
      String(this.options.columns ?? 80),
      '-y',
      String(this.options.rows ?? 24),
      'bash',
      '--norc',
      '-c',
      command,
    ]);
    return this;
  }

  /** Ends the current program's session and starts the tutor again with the same data dir. */
  restart(args: string[] = this.options.args ?? []): this {
    spawnSync('tmux', ['-S', this.socket, 'kill-server']);
    rmSync(this.exitFile, { force: true });
    this.socket = this.nextSocket();
    return this.start(args);
  }

  /** Sends tmux key names (Enter, Escape, Down, C-c) or literal text with `literal`. */
  keys(...keys: string[]): void {
    this.tmux(['send-keys', '-t', this.name, ...keys]);
  }

  type(text: string): void {
    this.tmux(['send-keys', '-t', this.name, '-l', text]);
  }

  resize(columns: number, rows: number): void {
    this.tmux(['resize-window', '-t', this.name, '-x', String(columns), '-y', String(rows)]);
  }

  /** The screen with its colour escapes kept (capture-pane -e). */
  screenWithEscapes(): string {
    return this.tmux(['capture-pane', '-p', '-e', '-t', this.name]);
  }

  screen(): string {
    return this.tmux(['capture-pane', '-p', '-t', this.name]);
  }

  /** Polls the screen until `predicate` holds; throws with the last screen when it never does. */
  async waitFor(predicate: string | RegExp | ((screen: string) => boolean), timeoutMs = 15_000): Promise<string> {
    const test =
      typeof predicate === 'function'
        ? predicate
        : (s: string) => (typeof predicate === 'string' ? s.includes(predicate) : predicate.test(s));
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      last = this.screen();
      if (test(last)) return last;
      await sleep(50);
    }
    throw new Error(`Timed out waiting for ${String(predicate)}. Screen was:\n${last}`);
  }

  async exitCode(timeoutMs = 10_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        const text = readFileSync(this.exitFile, 'utf8').trim();
        if (text !== '') return Number(text);
      } catch {
        // not written yet
      }
      await sleep(50);
    }
    throw new Error(`The program did not exit. Screen was:\n${this.screen()}`);
  }

  stop(): void {
    for (const socket of this.sockets) spawnSync('tmux', ['-S', socket, 'kill-server']);
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** tmux can still fail to bring a new server up on a loaded machine; one more socket is cheap. */
  private startServer(args: string[]): void {
    for (let attempt = 1; ; attempt++) {
      try {
        this.tmux(args);
        return;
      } catch (error) {
        if (attempt >= 3 || !String(error).includes('server exited unexpectedly')) throw error;
        this.socket = this.nextSocket();
      }
    }
  }

  private tmux(args: string[]): string {
    return execFileSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8' });
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

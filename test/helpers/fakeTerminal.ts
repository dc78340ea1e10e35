import { type Instance, render } from 'ink';
import type { ReactElement } from 'react';
import { EventEmitter } from 'node:events';

// ink-testing-library pins the terminal at 100 columns; screens must be checked at 80x24 and
// 60x20, so these stand in for stdout and stdin at any size and are passed to Ink's render().

export class FakeStdout extends EventEmitter {
  frames: string[] = [];
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
  lastFrame = () => this.frames[this.frames.length - 1] ?? '';
}

export class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string) => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = () => {
    const { data } = this;
    this.data = null;
    return data;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once no frame has been written for a little while (bounded, so a bug cannot hang). */
export async function settled(stdout: { frames: readonly unknown[] }): Promise<void> {
  let seen = -1;
  for (let waited = 0; waited < 1000; waited += 15) {
    await pause(15);
    if (stdout.frames.length === seen) return;
    seen = stdout.frames.length;
  }
}

/**
 * Renders a tree into a fake terminal of this size the way every screen test does: debug frames
 * (one per render, kept in stdout.frames), no Ctrl+C exit and no console patching.
 */
export function renderInFakeTerminal(
  node: ReactElement,
  size: { columns: number; rows: number } = { columns: 80, rows: 24 },
  options: { screenReader?: boolean } = {},
): { stdout: FakeStdout; stdin: FakeStdin; instance: Instance } {
  const stdout = new FakeStdout(size.columns, size.rows);
  const stdin = new FakeStdin();
  const instance = render(node, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new FakeStdout(size.columns, size.rows) as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
    isScreenReaderEnabled: options.screenReader === true,
  });
  return { stdout, stdin, instance };
}

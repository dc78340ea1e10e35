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

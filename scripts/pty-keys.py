#!/usr/bin/env python3
"""Starts a command in a real pseudo-terminal (80x24), waits for `marker`, then presses `key`
`count` times, one at a time, and reports as JSON how long each press took to reach the screen:
from writing the key to the first byte of the frame it caused. Between presses it waits until the
output has been quiet for 40 ms, so each press is timed alone. Used by scripts/bench.mjs.
`--setup KEYS` (before the marker) presses KEYS (separated by |) first, untimed, each one with the
output left to settle: to reach a section of a lesson, for example."""
import codecs, fcntl, json, os, pty, select, signal, struct, sys, termios, time

def main():
    args = sys.argv[1:]
    setup = []
    if args[0] == '--setup':
        setup = codecs.decode(args[1], 'unicode_escape').split('|')
        args = args[2:]
    marker = args[0].encode()
    key = codecs.decode(args[1], 'unicode_escape').encode()
    count = int(args[2])
    argv = args[3:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))

    def read_for(seconds):
        data = b''
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            ready, _, _ = select.select([fd], [], [], max(0, end - time.perf_counter()))
            if not ready:
                break
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
        return data

    def quiet(ms):
        # Read until nothing arrives for `ms` (bounded at 2 s).
        end = time.perf_counter() + 2
        while time.perf_counter() < end:
            ready, _, _ = select.select([fd], [], [], ms / 1000)
            if not ready:
                return
            try:
                if not os.read(fd, 65536):
                    return
            except OSError:
                return

    seen = b''
    deadline = time.perf_counter() + 20
    while marker not in seen and time.perf_counter() < deadline:
        seen += read_for(0.05)
    latencies = []
    if marker in seen:
        quiet(200)
        for press in setup:
            os.write(fd, press.encode())
            quiet(300)
        for _ in range(count):
            start = time.perf_counter()
            os.write(fd, key)
            ready, _, _ = select.select([fd], [], [], 2)
            if not ready:
                latencies.append(None)
                continue
            latencies.append((time.perf_counter() - start) * 1000)
            quiet(40)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    print(json.dumps({'latencies': latencies}))

main()

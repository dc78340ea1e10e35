#!/usr/bin/env python3
"""Starts a command in a real pseudo-terminal (80x24) and reports, as JSON, how long it took until
`marker` appeared on the screen and the process's resident memory at that moment. Used by
scripts/bench.mjs; Python's pty module is on every machine here, so no native addon is needed."""
import fcntl, json, os, pty, select, signal, struct, sys, termios, time

def main():
    marker = sys.argv[1].encode()
    argv = sys.argv[2:]
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))
    seen = b''
    elapsed = None
    rss_kb = None
    deadline = start + 20
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if marker in seen:
                elapsed = (time.perf_counter() - start) * 1000
                time.sleep(0.2)  # let the first frame settle before sampling memory
                try:
                    with open(f'/proc/{pid}/status') as status:
                        for line in status:
                            if line.startswith('VmRSS:'):
                                rss_kb = int(line.split()[1])
                except OSError:
                    pass
                break
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    print(json.dumps({'ms': elapsed, 'rssKb': rss_kb}))

main()

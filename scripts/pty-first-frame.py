#!/usr/bin/env python3
"""Starts a command in a real pseudo-terminal (80x24) and reports, as JSON, how long it took until
`marker` appeared on the screen (and the wall clock then), the CPU time used until then, and RSS. Used by
scripts/bench.mjs; Python's pty module is on every machine here, so no native addon is needed."""
import fcntl, json, os, pty, select, signal, struct, sys, termios, time

def cpu_time_ms(pid):
    """CPU time the process's main thread ran so far (nanosecond counter in schedstat, else the
    10 ms ticks of stat). Unlike the wall clock it barely moves when other processes load the
    machine, so it compares builds on a busy machine."""
    try:
        with open(f'/proc/{pid}/schedstat') as schedstat:
            return int(schedstat.read().split()[0]) / 1e6
    except (OSError, ValueError, IndexError):
        pass
    try:
        with open(f'/proc/{pid}/stat') as stat:
            fields = stat.read().rsplit(')', 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf('SC_CLK_TCK')
    except (OSError, ValueError, IndexError):
        return None

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
    cpu_ms = None
    marked_at = None
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
                cpu_ms = cpu_time_ms(pid)
                marked_at = time.time() * 1000
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
    print(json.dumps({'ms': elapsed, 'rssKb': rss_kb, 'cpuMs': cpu_ms, 'markedAtEpochMs': marked_at}))

main()

/**
 * Reads standard input (for `explain -`), at most `limit` bytes plus one: a caller that gets more
 * than `limit` bytes back knows the input was too big, and reading stops there, so an endless
 * stream cannot exhaust memory.
 */
export async function readAllStdin(limit = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > limit) {
      process.stdin.destroy();
      break;
    }
  }
  return Buffer.concat(chunks);
}

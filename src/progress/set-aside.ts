// Moving a file out of the way without ever overwriting another one.
import fs from 'node:fs';
import path from 'node:path';
import { fileStamp } from './time.js';

/** `<dir>/progress.<label>-<stamp>.json`, with `-2`, `-3`... if that name is taken. */
export function freeSiblingPath(filePath: string, label: string, nowMs: number): string {
  const dir = path.dirname(filePath);
  const ext = path.extname(filePath);
  const base = `${path.basename(filePath, ext)}.${label}-${fileStamp(nowMs)}`;
  let candidate = path.join(dir, `${base}${ext}`);
  for (let n = 2; fs.existsSync(candidate); n++) candidate = path.join(dir, `${base}-${n}${ext}`);
  return candidate;
}

/** Renames `filePath` to a free sibling name and returns that name. */
export function setAside(filePath: string, label: string, nowMs: number): string {
  const target = freeSiblingPath(filePath, label, nowMs);
  fs.renameSync(filePath, target);
  return target;
}

/** Copies `filePath` to a free sibling name and returns that name. */
export function keepCopy(filePath: string, label: string, nowMs: number): string {
  const target = freeSiblingPath(filePath, label, nowMs);
  fs.copyFileSync(filePath, target, fs.constants.COPYFILE_EXCL);
  return target;
}

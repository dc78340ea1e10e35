// Every error this module throws on purpose has a message written for the learner, so the
// shell can print `error.message` as it is.
import path from 'node:path';

export class ProgressError extends Error {
  override name = 'ProgressError';
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function writeProblem(filePath: string, error: unknown): string {
  const dir = path.dirname(filePath);
  switch (errorCode(error)) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'your disk quota is used up';
    case 'EFBIG':
      return 'the file would exceed the size this system allows';
    case 'EACCES':
    case 'EPERM':
      return `there is no permission to write in ${dir}`;
    case 'EROFS':
      return `${dir} is on a read-only file system`;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Saving failed. The file on disk still holds the progress saved before this change. */
export class ProgressWriteError extends ProgressError {
  override name = 'ProgressWriteError';
  readonly code: string | undefined;
  /** Just what went wrong, such as "the disk is full". */
  readonly reason: string;
  constructor(
    readonly filePath: string,
    cause: unknown,
  ) {
    const reason = writeProblem(filePath, cause);
    super(`Could not save your progress: ${reason}. Progress saved earlier is unchanged in ${filePath}.`, { cause });
    this.code = errorCode(cause);
    this.reason = reason;
  }
}

/** The file exists but cannot be read at all (permissions, I/O error); not a content problem. */
export class ProgressReadError extends ProgressError {
  override name = 'ProgressReadError';
  constructor(filePath: string, cause: unknown) {
    const code = errorCode(cause);
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a directory, not a file (move it away to start a fresh progress file)'
          : String((cause as Error)?.message ?? cause);
    super(`Could not read your progress file ${filePath}: ${reason}.`, { cause });
  }
}

/** Another process holds the lock and is still alive (or its lock is not old enough to take over). */
export class ProgressLockError extends ProgressError {
  override name = 'ProgressLockError';
  constructor(
    readonly lockPath: string,
    readonly holderPid?: number,
  ) {
    const who = holderPid === undefined ? 'Another iam-tutor' : `Another iam-tutor (process ${holderPid})`;
    super(
      `${who} has been saving progress for 10 s, so this change was not saved. ` +
        'If that iam-tutor is stopped (Ctrl+Z), resume it with fg; try again in a moment. ' +
        `If no other iam-tutor is running, delete the lock:\n  ${lockPath}`,
    );
  }
}

/** The progress file is deliberately not replaceable: write-protected, or a symbolic link. */
export class ProgressProtectedError extends ProgressError {
  override name = 'ProgressProtectedError';
}

/** A change would have made the progress data invalid; it was not saved. A caller bug. */
export class ProgressDataError extends ProgressError {
  override name = 'ProgressDataError';
  constructor(readonly issues: string[]) {
    super(`Progress not saved: the change would make it invalid (${issues.join('; ')}).`);
  }
}

/** An import file that is not JSON, not a progress export, or from a newer iam-tutor. */
export class ProgressImportError extends ProgressError {
  override name = 'ProgressImportError';
  constructor(
    message: string,
    readonly issues: string[] = [],
  ) {
    super(issues.length === 0 ? message : `${message}\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
  }
}

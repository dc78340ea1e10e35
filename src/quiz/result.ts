// Functions that can refuse bad input return a Result instead of throwing, so the shell can
// show the message as it is and never a stack trace.

export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(message: string): Result<T> {
  return { ok: false, message };
}

/**
 * Thrown only when a caller breaks a documented precondition (for example scoring a session
 * whose questions were not checked with `checkSession` first). Its message is written for the
 * learner, so the shell may print `error.message` as is.
 */
export class QuizError extends Error {
  override name = 'QuizError';
}

// The one-time messages a store gives the learner after it had to set a file aside.

export function movedNotice(why: string, movedTo: string, hint?: string): string {
  const base = `Your progress file was unreadable (${why}); it was moved to ${movedTo} and a fresh one started.`;
  return hint === undefined ? base : `${base} ${hint}`;
}

export function stuckNotice(filePath: string, why: string, problem: string): string {
  return (
    `Your progress file ${filePath} is unreadable (${why}) and could not be moved aside (${problem}). ` +
    'Progress will not be saved until that is fixed.'
  );
}

/** Thrown by a migration that meets data it cannot convert; `issues` say where and why. */
export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(readonly issues: string[]) {
    super(issues.join('; '));
  }
}

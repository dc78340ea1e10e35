/**
 * Ink ignores NO_COLOR, but chalk (which Ink uses for every colour) honours FORCE_COLOR=0. It must
 * be set before chalk is first imported, which is why the UI is only imported after this runs.
 */
export function applyColorPreference(colorFlag: boolean, env: NodeJS.ProcessEnv): boolean {
  const noColor = !colorFlag || (env.NO_COLOR !== undefined && env.NO_COLOR !== '');
  if (noColor) env.FORCE_COLOR = '0';
  return !noColor;
}

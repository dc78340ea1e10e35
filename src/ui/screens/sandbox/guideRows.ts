// The guided build's next step under the log.
import { type PlaySession, scenarioOf } from '../../../sandbox/index.js';
import { type Line, wrapBlock } from '../../components/textLines.js';
import { theme } from '../../theme.js';

export function guideRows(session: PlaySession, width: number): Line[] {
  const next = scenarioOf(session)?.steps?.[session.step];
  if (next === undefined) return [];
  return wrapBlock(`Next step (n): ${next.title}. ${next.explanation}`, width, { style: { color: theme.accent } });
}

// What the play screen shows, laid out before Ink: the goal, the rows of the current view and the
// scroll window over them. Pure, so the keymap scrolls over exactly what is drawn.
import { accountsWithResources, exporters, formatWorld, scenarioOf, verbUsage } from '../../../sandbox/index.js';
import type { AppRun, FlowDiagram } from '../../../sandbox/index.js';
import { type Line, wrapBlock } from '../../text/index.js';
import { type ScrollWindow, scrollWindow } from '../../widgets/scroll-view/index.js';
import { type LiveSplit, liveSplit } from './liveSplit.js';
import { logRows, timelineRows } from './logLines.js';
import { diagramOf, type PlayModel } from './playModel.js';
import { editorRows, editorTextHeight } from './editor/editorRows.js';
import { guideRows } from './guideRows.js';

export interface PlayLayout {
  goalRows: Line[];
  rows: Line[];
  /** Rows the content may take (the timeline's share when the live log is beside it). */
  viewHeight: number;
  contentHeight: number;
  split: LiveSplit | null;
  window: ScrollWindow;
  /** Lines of text the policy editor shows. */
  editorHeight: number;
  /** The sequence diagram that takes the place of the rows, when the flow shows as one. */
  diagram: { run: AppRun; diagram: FlowDiagram; width: number } | null;
}

/** The export the view shows: which format, which account. */
export function currentExport(m: PlayModel) {
  const accounts = accountsWithResources(m.session.world);
  return {
    exporter: exporters[m.format % exporters.length]!,
    account: accounts[m.exportAccount % accounts.length]!,
    accounts,
  };
}

function liveRows(m: PlayModel, width: number): Line[] {
  if (m.live?.status !== 'serving') return wrapBlock(m.live ? 'Starting…' : 'Not serving: l starts again.', width);
  return [
    ...wrapBlock('Live endpoints on 127.0.0.1 (fake credentials that work nowhere). In another terminal:', width, {
      style: { bold: true },
    }),
    ...Object.entries(m.live.env).flatMap(([name, value]) =>
      wrapBlock(`export ${name}=${value}`, width, { indent: 2, style: { color: 'accent' } }),
    ),
    [],
    ...(m.liveLog.length === 0
      ? wrapBlock('Waiting for requests… (try: aws sts get-caller-identity --debug)', width, { style: { dim: true } })
      : m.liveLog.flatMap((row) => wrapBlock(row, width))),
  ];
}

function exportRows(m: PlayModel, width: number): Line[] {
  const { exporter, account, accounts } = currentExport(m);
  const world = m.session.world;
  const accountNote =
    exporter.perAccount && accounts.length > 1
      ? wrapBlock(
          `Account ${account} (${world.accounts[account]?.label}): a template deploys into one account; a shows the other.`,
          width,
          { style: { color: 'accent' } },
        )
      : [];
  const file = exporter.file(account, world);
  // A screen reader hears the ‹ › stepper and its keys in words.
  const spoken = `Format: ${exporter.label}. Left/Right changes the format, s saves ${file}.`;
  return [
    wrapBlock(`‹ ${exporter.label} ›  (←/→ format, s saves ${file})`, width, {
      style: { bold: true },
    })[0]!.map((piece, i) => ({ ...piece, spoken: i === 0 ? spoken : '' })),
    ...accountNote,
    ...exporter
      .render(world, account)
      .split('\n')
      .map((row): Line => [{ text: row }]),
  ];
}

function worldRows(m: PlayModel, width: number): Line[] {
  // Keep formatWorld's indentation: it is what shows which profile holds which role.
  return formatWorld(m.session.world)
    .split('\n')
    .flatMap((row) => {
      const body = row.trimStart();
      if (body === '') return [[]];
      // "instance i-… -> no instance profile": the arrow is heard as "with".
      return wrapBlock(body, width, { indent: row.length - body.length }).map((line) =>
        line.map((piece) =>
          piece.text.includes(' -> ') ? { ...piece, spoken: piece.text.replace(/ -> /g, ' with ') } : piece,
        ),
      );
    });
}

export function playLayout(m: PlayModel, width: number, height: number): PlayLayout {
  const inner = Math.max(20, width - 2);
  const scenario = scenarioOf(m.session);
  const goalRows: Line[] = scenario
    ? wrapBlock(`${m.session.goalMet ? '✓ ' : ''}Goal: ${scenario.goal.description}`, inner).slice(0, 2)
    : wrapBlock('Free play: build anything; w shows the world, e exports it.', inner);
  // Goal, message line, prompt line and the one below the frame's own.
  const contentHeight = Math.max(3, height - goalRows.length - 3);
  const run = m.session.lastRun;
  const flow = m.view === 'flow' && run !== undefined;
  const split = flow && m.live?.status === 'serving' ? liveSplit(inner, contentHeight) : null;
  let rows: Line[];
  let focus: [number, number] | null = null;
  const flowWidth = split?.timelineWidth ?? inner;
  const diagram = flow && m.flowView === 'diagram' ? { run, diagram: diagramOf(run), width: flowWidth } : null;
  // The diagram is drawn by FlowDiagram at exactly the view's height: it has no rows to scroll.
  if (diagram) rows = [];
  else if (flow) {
    const laid = timelineRows(run, m.selected, flowWidth);
    rows = laid.rows;
    focus = [laid.selectedRow, laid.selectedRow + 2];
  } else if (m.view === 'editor' && m.editor) rows = editorRows(m.editor, inner, contentHeight);
  else if (m.view === 'live') rows = liveRows(m, inner);
  else if (m.view === 'verbs') rows = verbUsage().flatMap((u) => wrapBlock(u, inner, { prefix: [{ text: '• ' }] }));
  else if (m.view === 'world') rows = worldRows(m, inner);
  else if (m.view === 'export') rows = exportRows(m, inner);
  else rows = [...logRows(m.session.log, inner), ...guideRows(m.session, inner)];
  // The logs follow the newest line unless the learner scrolled; other views start at the top.
  const follow = m.view === 'log' || m.view === 'live' ? Number.MAX_SAFE_INTEGER : 0;
  const viewHeight = split?.timelineHeight ?? contentHeight;
  const window = scrollWindow(rows.length, viewHeight, m.offset ?? follow, m.offset === null ? focus : null);
  return {
    goalRows,
    rows,
    viewHeight,
    contentHeight,
    split,
    window,
    editorHeight: editorTextHeight(contentHeight),
    diagram,
  };
}

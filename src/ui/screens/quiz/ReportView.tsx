import { Box } from 'ink';
import { useMemo } from 'react';
import type { ReportFilter } from '../../../quiz/index.js';
import { useBodySize } from '../../shell/BodySize.js';
import { useKeymap, useModel } from '../../shell/useModel.js';
import type { Line } from '../../text/index.js';
import { ScrollView, scrollWindow } from '../../widgets/scroll-view/index.js';
import { type Message, StatusLine, statusRows } from '../../widgets/status-line/index.js';
import { type ReportItems, filterHeader, reportLines } from './reportLines.js';
import { reportKeymap, reportReduce, reportStart } from './reportModel.js';

interface ReportViewProps {
  /** The rows above the review (scores, readiness), laid out for a width. */
  summary: (width: number) => Line[];
  items: ReportItems;
  /** Shown once at the bottom (problems recording the result, questions gone from the bank). */
  message: Message | null;
}

// The status row names the active filter and its counts, so it stays in view while the review scrolls.
/** An exam report: the summary, then the review under the active filter; one scrolling page, read-only. */
export function ReportView({ summary, items, message }: ReportViewProps) {
  const { width: bodyWidth, height } = useBodySize();
  const width = Math.max(20, bodyWidth - 2);
  const summaryLines = useMemo(() => summary(width), [summary, width]);
  const regionHeight = Math.max(3, height - statusRows(message, width));
  // One layout per filter, made when first asked for: the reducer asks for the next filter's.
  const layouts = useMemo(() => {
    const cache = new Map<ReportFilter, ReturnType<typeof reportLines>>();
    return (filter: ReportFilter) => {
      let laid = cache.get(filter);
      if (laid === undefined) {
        laid = reportLines(summaryLines, items, filter, width);
        cache.set(filter, laid);
      }
      return laid;
    };
  }, [summaryLines, items, width]);
  const env = { layout: (filter: ReportFilter) => layouts(filter).layout, height: regionHeight };
  const model = useModel(reportReduce(env), () => reportStart);
  useKeymap(model, reportKeymap());
  const { lines } = layouts(model.state.filter);
  const window = scrollWindow(lines.length, regionHeight, model.state.offset);
  return (
    <Box flexDirection="column" paddingX={1}>
      <ScrollView lines={lines} window={window} height={regionHeight} />
      <StatusLine
        message={message}
        hint={`Showing ${filterHeader(model.state.filter, items)} · f or 1-4 filter`}
        width={width}
      />
    </Box>
  );
}

// The text kit: the one line model, display width, wrap, truncate and hyperlink of the UI. Pure (no
// React or Ink). Screens import text arithmetic from here only (test/unit/boundaries.test.ts).
export type { ColorRole, Segment, StyledLine } from './types.js';
export {
  clusters,
  fitText,
  lineWidth,
  mergeSegments,
  plainText,
  sliceLine,
  splitSegmentsByWidth,
  textWidth,
  truncateLine,
  truncateMiddle,
  truncateText,
} from './width.js';
export { HARD_BREAK, type WrapOptions, webAddress, wrapRuns, wrapWords } from './wrap.js';
export { type BlockOptions, blank, type Line, line, type Span, type SpanStyle, span, wrapBlock } from './lines.js';
export { type HyperlinkEnv, hyperlink, safeUrl, supportsHyperlinks } from './hyperlink.js';

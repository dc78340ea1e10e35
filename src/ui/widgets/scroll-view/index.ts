// Scroll view: a window over pre-wrapped lines with "more above/below" in words. model.ts is the
// pure arithmetic (window, indicator, scroll reducer); useScrollState.ts holds the position for a
// screen; ScrollView/StyledLines/LineText draw. The widget owns no input: screens map their keys
// (scrollKey.ts, keymaps) to the Scroll functions.
export {
  type Focus,
  type ScrollState,
  type ScrollAction,
  type ScrollWindow,
  scrollIndicator,
  scrollReducer,
  scrollWindow,
  spokenScrollIndicator,
} from './model.js';
export { type Scroll, useScroll } from './useScrollState.js';
export { ScrollView } from './ScrollView.js';
export { StyledLines } from './StyledLines.js';
export { LineText } from './LineText.js';

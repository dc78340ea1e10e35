// List: a cursor over items, a window with "more above/below" markers in words, and the keys that
// move it. model.ts is pure (a screen-reader view can reuse listRows); ListView draws it. The
// widget owns no input: screens put listBindings in their keymap and keep the index in their model.
export {
  LIST_PAGE,
  clampIndex,
  type ListBindingSpec,
  type ListMove,
  type ListRow,
  type ListWindow,
  listBindings,
  listRows,
  listWindow,
  markerText,
  markerWords,
  moveCursor,
} from './model.js';
export { type ListItem, ListView } from './ListView.js';
export { type PickAction, type PickState, pickKeymap, pickReducer } from './pick.js';

// Text field: one line of text with a cursor. model.ts is pure (value, cursor, what each key does,
// pastes applied in order, no control characters); TextFieldView draws it. The widget owns no
// input: a screen registers with wantsText and passes each key through fieldKey.
export {
  applyEdits,
  emptyField,
  type FieldEdit,
  type FieldKey,
  type FieldRules,
  fieldKey,
  fieldOf,
  fieldReduce,
  type FieldWindow,
  fieldWindow,
  isPlainChar,
  spokenField,
  type TextField,
} from './model.js';
export { TextFieldView } from './TextFieldView.js';

// Confirm: a y/n prompt as keymap lines (model.ts). It owns no input and draws through the
// screen's status line (widgets/status-line), which shows an `ask` message in bold.
export { type ConfirmSpec, confirmAnswer, confirmBindings, confirmPrompt } from './model.js';

// Text for the ? overlay on the sandbox screens (apart from the screens, so the registry can name
// it without loading their code).
export const sandboxHelp =
  'Press : (or start typing aws …) to enter a command, Enter runs it, Tab completes the verb, Esc cancels, ↑↓ recall earlier commands; v lists every verb with its flags. With the prompt empty: n runs the next guided step, h shows a hint, r runs the app and plays its credential flow as a sequence diagram (←/→ step, Space play/pause, t the timeline), c checks the goal, w shows the world, e exports it (CLI script, CloudFormation, Terraform), x resets the scenario, l serves the world’s IMDS and ECS endpoints on 127.0.0.1 for your own SDK code and shows each request. Everything you build is saved.';

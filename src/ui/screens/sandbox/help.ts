// Text for the ? overlay on the sandbox screens (apart from the screens, so the registry can name
// it without loading their code).
export const sandboxHelp =
  'Press : (or Enter) to type a command, with or without the leading aws; Enter runs it, Tab completes services, operations, flags and the names of roles, profiles, instances and files, ↑↓ recall earlier commands, Esc cancels; v lists every verb with its flags. With the prompt closed: n does the next guided step, h shows a hint, r runs the app and shows the credential-flow timeline, c checks the goal, w shows the world, e exports it (CLI script, CloudFormation, Terraform), x resets the scenario, l serves the world’s IMDS and ECS endpoints on 127.0.0.1 for your own SDK code and shows each request. Everything you build is saved.';

// The --help text and the short usage under an argument error, both built from the command table.
import {
  type CommandDef,
  commandTable,
  type FlagDef,
  type FlagName,
  flagSpelling,
  flagTable,
} from './command-table.js';

const column = 25;
const pad = (left: string) => (left.length >= column - 2 ? `  ${left}  ` : `  ${left}`.padEnd(column));
const indent = ' '.repeat(column);
// --help fits an 80-column terminal: descriptions wrap at word boundaries under their column.
const textWidth = 80 - column;

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > textWidth) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}

/** The left column, then the description wrapped beneath it. */
function row(left: string, description: readonly string[]): string[] {
  const [first = '', ...more] = description.flatMap(wrap);
  return [`${pad(left)}${first}`, ...more.map((line) => `${indent}${line}`)];
}

function commandLines(command: CommandDef): string[] {
  const left = command.args === '' ? command.name : `${command.name} ${command.args}`;
  return row(left, command.summary);
}

function flagLine(name: FlagName): string[] {
  const def: FlagDef = flagTable[name];
  const short = def.shortFlag === undefined ? '' : `-${def.shortFlag}, `;
  const left = `${short}${flagSpelling(name)}${def.value === undefined ? '' : ` ${def.value}`}`;
  return row(left, [def.description]);
}

const interactive = commandTable.filter((c) => c.mode === 'interactive');
const batch = commandTable.filter((c) => c.mode === 'batch');
// Globals first, then per-command flags not already spelled out beside their command.
const optionOrder: FlagName[] = [
  'dataDir',
  'seed',
  'count',
  'topics',
  'force',
  'color',
  'screenReader',
  'help',
  'version',
];

export const usage = [
  'Usage',
  '  $ iam-tutor [command] [options]',
  '',
  'Learn AWS IAM roles, instance profiles, trust policies and ECS credentials in the terminal.',
  '',
  'Interactive (need a terminal)',
  `${pad('(none)')}Open the home screen`,
  ...interactive.flatMap(commandLines),
  '',
  'Commands that work without a terminal',
  ...batch.flatMap(commandLines),
  '',
  'Options',
  ...optionOrder.flatMap(flagLine),
  '',
  'Keys: arrows or j/k move, Enter selects, Esc goes back, q quits, ? shows help.',
].join('\n');

const topNames = [...new Set(commandTable.map((c) => c.name.split(' ')[0]))];

/** Printed under an argument error: short enough that the error itself stays visible. */
export const shortUsage = `Usage: iam-tutor [${topNames.join('|')}] [options]\nRun iam-tutor --help for every command and option.`;

/** Usage of one command, printed under an error about it. */
export function commandUsage(command: CommandDef): string {
  const flags = command.flags.map((name) => {
    const def: FlagDef = flagTable[name];
    return `[${flagSpelling(name)}${def.value === undefined ? '' : ` ${def.value}`}]`;
  });
  const line = ['iam-tutor', command.name, command.args, ...flags].filter((part) => part !== '').join(' ');
  return `Usage: ${line}\nRun iam-tutor --help for every command and option.`;
}

/** The Help screen's list: one line per command, from the same table. */
export const helpScreenCommands: readonly string[] = [
  ...(commandTable as readonly CommandDef[]).map((command) => {
    const left = ['iam-tutor', command.name, command.args].filter((part) => part !== '').join(' ');
    return `${left} — ${command.helpLine ?? command.summary[0]}`;
  }),
  'iam-tutor --help — every option',
];

export const usage = `Usage
  $ iam-tutor [command] [options]

Learn AWS IAM roles, instance profiles, trust policies and ECS credentials in the terminal.

Interactive (need a terminal)
  (none)                 Open the home screen
  lessons [ID]           Read the lessons (or open one)
  quiz                   Practice questions with instant feedback
  exam                   Timed CLF-C02-style exam simulation
  sandbox [SCENARIO]     Build roles and instance profiles, watch credentials flow
  progress               Your progress dashboard
  workshop PACK          Run a workshop pack's agenda (--name ATTENDEE;
                         --join URL also sends progress to a live class host)

Commands that work without a terminal
  explain FILE|-         Validate a policy and explain it in plain English
                         (--as trust|identity|resource|boundary|scp|rcp,
                         --account ID, --json)
  validate [DIR]         Check lessons, question banks or a workshop pack
  progress export        Export progress (--format json|csv|md, --out FILE)
  progress import FILE   Merge an exported progress file
  progress reset         Delete all progress (asks first; --yes to skip)
  sandbox serve          Serve IMDS and ECS credential endpoints on 127.0.0.1
                         (--scenario NAME [--solved], --port N for IMDS;
                         ECS takes a free port)
  workshop report PACK RESULTS...  Class report from attendees' exports
                         (Markdown; --format csv, or --out FILE.md for both)
  workshop host PACK --headless  Host a live class on 127.0.0.1 (--port N,
                         --bind ADDR for a network); prints JOIN_URL= and
                         INSTRUCTOR_TOKEN=; --out FILE.md writes the class
                         report on Ctrl+C (the live dashboard comes later)
  workshop status URL --token TOKEN  A live class's grid, stuck step and
                         per-question results (--json)

Options
  --data-dir DIR         Where progress is stored (or IAM_TUTOR_DATA_DIR)
  --seed N               Reproducible question order and shuffling
  --count N              Number of questions (quiz, exam)
  --topics A,B           Preselect practice topics (quiz)
  --force                Let --out replace an existing file (never a progress
                         data file, a result file read, or a symbolic link)
  --no-color             Plain monochrome output (NO_COLOR is honoured too)
  -h, --help             Show this help
  -v, --version          Show the version

Keys: arrows or j/k move, Enter selects, Esc goes back, q quits, ? shows help.`;

/** Printed under an argument error: short enough that the error itself stays visible. */
export const shortUsage =
  'Usage: iam-tutor [lessons|quiz|exam|sandbox|progress|workshop|explain|validate] [options]\n' +
  'Run iam-tutor --help for every command and option.';

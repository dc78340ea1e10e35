import { describe, expect, it } from 'vitest';
import { flowDiagram } from '../../../src/sandbox/index.js';
import { type Line, lineWidth } from '../../../src/ui/text/index.js';
import { flowLines, geometry, laneName, stepLine } from '../../../src/ui/screens/sandbox/flow/layout.js';
import { otherRuns, scenarioRuns } from '../sandbox/flow-runs.js';

const text = (line: Line) => line.map((s) => s.text).join('');
const runs = [...scenarioRuns(), ...otherRuns()];
const find = (name: string) => runs.find((r) => r.name === name)!.run;

// The view's body at 80x24 and 60x20: the terminal minus the padding, goal, message and prompt rows.
const sizes = [
  { width: 78, height: 14 },
  { width: 58, height: 10 },
];

describe('the flow diagram laid out as rows', () => {
  it.each(sizes)(
    'at $width columns: every row of every run fits, at every step, in exactly $height rows',
    ({ width, height }) => {
      for (const { name, run } of runs) {
        const diagram = flowDiagram(run);
        for (let cursor = 0; cursor < diagram.steps.length; cursor++) {
          const lines = flowLines(run, diagram, { cursor, playing: false }, width, height);
          expect(lines.length, name).toBe(height);
          for (const line of lines) expect(lineWidth(line), `${name}: ${text(line)}`).toBeLessThanOrEqual(width);
        }
      }
    },
  );

  it.each(sizes)('at $width columns: the lane headers are all there, in order', ({ width, height }) => {
    const run = find('implicit-deny (start)');
    const header = text(flowLines(run, flowDiagram(run), { cursor: 0, playing: true }, width, height)[0]!);
    const names = ['App', 'IMDS', 'EC2', 'STS', 'IAM', 'DDB'];
    const at = names.map((name) => header.indexOf(name));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(header).toContain('▶ playing · step 1/');
  });

  it.each(sizes)(
    'at $width columns: a failing arrow carries ✗ on its shaft and its error code in the row',
    ({ width, height }) => {
      for (const { name, run } of runs) {
        const diagram = flowDiagram(run);
        const geo = geometry(width);
        for (const step of diagram.steps.filter((s) => s.status === 'fail')) {
          const row = text(stepLine(step, geo, false));
          const arrow = row.slice(0, geo.lanesWidth);
          expect(arrow.includes('✗') || !/[─┄]/.test(arrow), `${name}: ${row}`).toBe(true);
          expect(row.includes('✗ ')).toBe(true);
          if (step.error) expect(row, name).toContain(step.error);
        }
        // The current step's full log line and request are under the diagram.
        const last = diagram.steps.length - 1;
        const below = flowLines(run, diagram, { cursor: last, playing: false }, width, height).map(text).join(' ');
        expect(below.replace(/\s+/g, ' '), name).toContain(diagram.steps[last]!.logLine.slice(0, 20));
      }
    },
  );

  it('draws the hop-limit failure: a request with no answer, then a 401 answer from IMDS', () => {
    const run = find('hop-limit-container (start)');
    const diagram = flowDiagram(run);
    const geo = geometry(78);
    const [timeout, refused] = diagram.steps
      .filter((s) => s.status === 'fail')
      .map((s) => text(stepLine(s, geo, false)));
    expect(timeout).toMatch(/├─*✗─*▶│/);
    expect(timeout).toContain('timeout');
    expect(refused).toMatch(/│◀┄*✗┄*┤/);
    expect(refused).toContain('401');
    // Under the diagram: the request that got no answer.
    const cursor = diagram.steps.findIndex((s) => s.error === 'timeout');
    const below = flowLines(run, diagram, { cursor, playing: false }, 78, 14).map(text).join('\n');
    expect(below).toContain('PUT http://169.254.169.254/latest/api/token');
    expect(below).toContain('no response within');
  });

  it('shows only the steps played so far, the current one marked ›, with a count of those scrolled off', () => {
    const run = find('guided-ec2-dynamodb (solved)');
    const diagram = flowDiagram(run);
    const early = flowLines(run, diagram, { cursor: 2, playing: false }, 78, 14).map(text);
    expect(early.filter((l) => l.startsWith('›'))).toHaveLength(1);
    expect(early.find((l) => l.startsWith('›'))).toContain(diagram.steps[2]!.label.slice(0, 20));
    expect(early.join('\n')).not.toContain(diagram.steps[3]!.label.slice(0, 20));
    const late = flowLines(run, diagram, { cursor: diagram.steps.length - 1, playing: false }, 78, 14).map(text);
    expect(late[1]).toMatch(/⋮ \d+ earlier steps/);
    expect(late.join('\n')).toContain('The call was allowed');
  });

  it('names lanes for ECS and shortens names to fit narrow lanes', () => {
    const diagram = flowDiagram(find('ecs-execution-role-mixup (solved)'));
    const endpoint = diagram.lanes[1]!;
    expect(laneName(endpoint, 9)).toBe('ECS agent');
    expect(laneName(endpoint, 5)).toBe('Agent');
    expect(laneName(endpoint, 3)).toBe('Agt');
    expect(laneName(diagram.lanes[5]!, 8)).toBe('DynamoDB');
    expect(laneName(diagram.lanes[5]!, 5)).toBe('DDB');
  });

  it('lanes compress with the width and leave the rest to the headlines', () => {
    expect(geometry(78).laneWidth).toBeGreaterThan(geometry(58).laneWidth);
    expect(geometry(140).laneWidth).toBeLessThanOrEqual(12);
    for (const width of [48, 58, 78, 140]) {
      const geo = geometry(width);
      expect(geo.lanesWidth + 1 + geo.labelWidth).toBe(width);
      expect(geo.labelWidth).toBeGreaterThanOrEqual(15);
    }
  });
});

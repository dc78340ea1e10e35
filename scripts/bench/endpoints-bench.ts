// Requests per second and p99 latency of the sandbox IMDS credentials path (token + GET), from 8
// keep-alive clients in this process, and the same load against a bare Node server that returns
// the same document with the same headers, in the same run: the ratio of the two is the target
// (issue #13: keep the credentials GET at 0.5x a bare server or better). Rounds alternate between
// the two servers so a busy machine slows both alike; the medians are reported. Loopback only.
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { Agent, createServer, request } from 'node:http';
import { SandboxHost, startSandboxEndpoints } from '../../src/sandbox/endpoints/index.js';
import { applyActions, getScenario, startScenario } from '../../src/sandbox/index.js';

function call(agent: Agent, url: URL, path: string, method: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ agent, host: url.hostname, port: url.port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`HTTP ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

interface Round {
  rate: number;
  latencies: number[];
  /** CPU time this process (the servers) spent per request, in microseconds. */
  cpuPerRequest?: number;
}

/**
 * The load generator runs in a child process, as autocannon would, so the client's own cost does
 * not share an event loop with the server it measures: 8 keep-alive connections GET `path` for
 * `ms` milliseconds and report the request count and the latencies.
 */
const LOADER = `
import { Agent, request } from 'node:http';
const [url, path, token, ms] = process.argv.slice(1);
const target = new URL(url);
const agent = new Agent({ keepAlive: true, maxSockets: 8 });
const headers = { 'x-aws-ec2-metadata-token': token };
const get = () => new Promise((resolve, reject) => {
  const req = request({ agent, host: target.hostname, port: target.port, path, headers }, (res) => {
    res.resume();
    res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error('HTTP ' + res.statusCode))));
  });
  req.on('error', reject);
  req.end();
});
const latencies = [];
const end = performance.now() + Number(ms);
const began = performance.now();
await Promise.all(Array.from({ length: 8 }, async () => {
  while (performance.now() < end) {
    const start = performance.now();
    await get();
    latencies.push(performance.now() - start);
  }
}));
process.stdout.write(JSON.stringify({ rate: latencies.length / ((performance.now() - began) / 1000), latencies }));
agent.destroy();
`;

function load(url: URL, path: string, token: string, ms: number): Promise<Round> {
  const cpu = process.cpuUsage();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', LOADER, url.href, path, token, String(ms)]);
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`loader exited ${code}`));
      const round = JSON.parse(out) as Round;
      const used = process.cpuUsage(cpu);
      resolve({ ...round, cpuPerRequest: (used.user + used.system) / Math.max(1, round.latencies.length) });
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function runEndpointsBench(): Promise<
  Array<{ name: string; value: number; unit: string; target?: string }>
> {
  const scenario = getScenario('guided-ec2-dynamodb')!;
  const world = applyActions(startScenario(scenario), scenario.referenceSolution).world;
  const host = new SandboxHost(world);
  const running = await startSandboxEndpoints(host);
  const url = new URL(running.imdsUrl);
  const setup = new Agent({ keepAlive: true, maxSockets: 1 });
  const token = await call(setup, url, '/latest/api/token', 'PUT', { 'x-aws-ec2-metadata-token-ttl-seconds': '21600' });
  const headers = { 'x-aws-ec2-metadata-token': token };
  const role = await call(setup, url, '/latest/meta-data/iam/security-credentials/', 'GET', headers);
  const path = `/latest/meta-data/iam/security-credentials/${role}`;
  const document = await call(setup, url, path, 'GET', headers);
  setup.destroy();

  // The reference: a bare Node server answering the same bytes with the same headers.
  const bare = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(document) });
    res.end(document);
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareUrl = new URL(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/`);

  const sandboxRounds: Round[] = [];
  const bareRounds: Round[] = [];
  for (let round = 0; round < 5; round++) {
    sandboxRounds.push(await load(url, path, token, 1500));
    bareRounds.push(await load(bareUrl, path, token, 1500));
  }
  await running.close();
  await new Promise<void>((resolve) => bare.close(() => resolve()));
  const sandboxRate = median(sandboxRounds.map((r) => r.rate));
  // Server CPU per request is steadier than throughput on a shared machine: the same ratio, seen
  // from the server's side (bare cost / sandbox cost).
  const cpuRatio = median(bareRounds.map((r) => r.cpuPerRequest!)) / median(sandboxRounds.map((r) => r.cpuPerRequest!));
  const bareRate = median(bareRounds.map((r) => r.rate));
  const latencies = sandboxRounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
  return [
    {
      name: 'IMDS credentials GET (8 keep-alive clients, child process)',
      value: Math.round(sandboxRate),
      unit: 'req/s',
      target: '>= 5000',
    },
    { name: '  bare Node server, same document (reference)', value: Math.round(bareRate), unit: 'req/s' },
    {
      name: '  ratio to the bare server',
      value: Math.round((sandboxRate / bareRate) * 100) / 100,
      unit: 'x',
      target: '>= 0.50',
    },
    {
      name: '  server CPU per request, bare / sandbox',
      value: Math.round(cpuRatio * 100) / 100,
      unit: 'x',
      target: '>= 0.50',
    },
    { name: 'IMDS credentials GET p99 latency', value: Math.round(p99 * 100) / 100, unit: 'ms', target: '< 5' },
  ];
}

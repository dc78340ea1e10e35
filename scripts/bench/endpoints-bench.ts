// Requests per second and p99 latency of the sandbox IMDS credentials path (token + GET), from 8
// keep-alive clients in this process for about 5 seconds. Loopback only.
import { Agent, request } from 'node:http';
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

export async function runEndpointsBench(): Promise<
  Array<{ name: string; value: number; unit: string; target?: string }>
> {
  const scenario = getScenario('guided-ec2-dynamodb')!;
  const world = applyActions(startScenario(scenario), scenario.referenceSolution).world;
  const host = new SandboxHost(world);
  const running = await startSandboxEndpoints(host);
  const url = new URL(running.imdsUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const token = await call(agent, url, '/latest/api/token', 'PUT', { 'x-aws-ec2-metadata-token-ttl-seconds': '21600' });
  const headers = { 'x-aws-ec2-metadata-token': token };
  const role = await call(agent, url, '/latest/meta-data/iam/security-credentials/', 'GET', headers);
  const path = `/latest/meta-data/iam/security-credentials/${role}`;
  const latencies: number[] = [];
  const end = performance.now() + 5000;
  const worker = async () => {
    while (performance.now() < end) {
      const start = performance.now();
      await call(agent, url, path, 'GET', headers);
      latencies.push(performance.now() - start);
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: 8 }, worker));
  const seconds = (performance.now() - began) / 1000;
  agent.destroy();
  await running.close();
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
  return [
    {
      name: 'IMDS credentials GET (8 keep-alive clients)',
      value: Math.round(latencies.length / seconds),
      unit: 'req/s',
      target: '>= 5000',
    },
    { name: 'IMDS credentials GET p99 latency', value: Math.round(p99 * 100) / 100, unit: 'ms', target: '< 5' },
  ];
}

// The ECS task metadata endpoint version 4 of one sandbox task: what a container reads at
// ${ECS_CONTAINER_METADATA_URI_V4} (its own container), /task (the task and all its containers),
// /stats and /task/stats (Docker stats, for one container or keyed by container id). Field names
// and shapes follow the ECS Developer Guide's v4 response pages and the agent's response types;
// values come from the simulated task and its task definition. The sandbox runs no containers, so
// image digests and stats are stand-ins derived from the task (stats counters grow with the task's
// age, like real ones).
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-metadata-endpoint-v4.html
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-metadata-endpoint-v4-response.html
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-metadata-endpoint-v4-examples.html

import { digitsFrom, hexFrom } from '../hash.js';
import { clusterArn } from '../world/arns.js';
import { findTask, findTaskDefinitionByArn } from '../world/lookup.js';
import type { World } from '../world/types.js';

/** The path part of ECS_CONTAINER_METADATA_URI_V4 for the task's first container. */
export function containerEndpointId(taskId: string): string {
  return `${taskId}-${digitsFrom(`${taskId}|container`, 10)}`;
}

export interface TaskMetadata {
  /** The endpoint id in /v4/<id> (the first container's). */
  endpointId: string;
  container: Record<string, unknown>;
  task: Record<string, unknown>;
  /** Docker stats of every container, keyed by DockerId. */
  stats: Record<string, Record<string, unknown>>;
  /** The first container's DockerId. */
  dockerId: string;
}

/** `wallIso` turns a sandbox time into the ISO wall-clock time the endpoint prints. */
export function taskMetadata(
  world: World,
  taskArn: string,
  wallIso: (sandboxMs: number) => string,
): TaskMetadata | undefined {
  const found = findTask(world, taskArn);
  if (!found) return undefined;
  const { account, task } = found;
  const td = findTaskDefinitionByArn(world, task.taskDefinitionArn);
  if (!td) return undefined;
  const cluster = clusterArn(account.id, task.clusterName);
  const fargate = task.launchType === 'FARGATE';
  const running = task.lastStatus === 'RUNNING' ? 'RUNNING' : 'STOPPED';
  const started = task.startedAt;
  const third = Number.parseInt(hexFrom(`${task.taskId}|ip`, 2), 16) % 16;
  const ip = `172.31.${third}.${4 + (Number.parseInt(hexFrom(`${task.taskId}|ip4`, 2), 16) % 250)}`;
  const mac = `0e:${hexFrom(`${task.taskId}|mac`, 10).match(/../g)!.join(':')}`;
  const zone = `${world.region}a`;
  const taskCpu = td.cpu ? Number(td.cpu) : undefined;
  const taskMemory = td.memory ? Number(td.memory) : undefined;
  const dockerIds = td.containerDefinitions.map((_, i) =>
    i === 0 ? containerEndpointId(task.taskId) : `${task.taskId}-${digitsFrom(`${task.taskId}|container|${i}`, 10)}`,
  );
  const containers = td.containerDefinitions.map((definition, i) => ({
    DockerId: dockerIds[i],
    Name: definition.name,
    DockerName: fargate
      ? definition.name
      : `ecs-${td.family}-${td.revision}-${definition.name}-${hexFrom(task.taskId, 18)}`,
    Image: definition.image,
    ImageID: `sha256:${hexFrom(`${definition.image}|digest`, 64)}`,
    Labels: {
      'com.amazonaws.ecs.cluster': cluster,
      'com.amazonaws.ecs.container-name': definition.name,
      'com.amazonaws.ecs.task-arn': task.taskArn,
      'com.amazonaws.ecs.task-definition-family': td.family,
      'com.amazonaws.ecs.task-definition-version': String(td.revision),
    },
    DesiredStatus: running,
    KnownStatus: running,
    Limits: { CPU: 2 },
    CreatedAt: wallIso(started),
    StartedAt: wallIso(started + 1000),
    Type: 'NORMAL',
    ...(definition.logConfiguration
      ? { LogDriver: definition.logConfiguration.logDriver, LogOptions: definition.logConfiguration.options }
      : {}),
    ContainerARN: `arn:aws:ecs:${world.region}:${account.id}:container/${task.clusterName}/${task.taskId}/${hexFrom(`${task.taskId}|${definition.name}`, 8)}-${hexFrom(`${task.taskId}|${definition.name}|b`, 4)}-${hexFrom(`${task.taskId}|${definition.name}|c`, 4)}-${hexFrom(`${task.taskId}|${definition.name}|d`, 4)}-${hexFrom(`${task.taskId}|${definition.name}|e`, 12)}`,
    Networks: [
      {
        NetworkMode: td.networkMode,
        IPv4Addresses: [ip],
        AttachmentIndex: 0,
        MACAddress: mac,
        IPv4SubnetCIDRBlock: `172.31.${third}.0/20`,
        DomainNameServers: ['172.31.0.2'],
        DomainNameSearchList: [world.region === 'us-east-1' ? 'ec2.internal' : `${world.region}.compute.internal`],
        PrivateDNSName: `ip-${ip.replaceAll('.', '-')}.ec2.internal`,
        SubnetGatewayIpv4Address: `172.31.${third}.1/20`,
      },
    ],
    Snapshotter: 'overlayfs',
  }));
  const taskDoc: Record<string, unknown> = {
    Cluster: cluster,
    TaskARN: task.taskArn,
    Family: td.family,
    Revision: String(td.revision),
    DesiredStatus: running,
    KnownStatus: running,
    Limits: {
      ...(taskCpu !== undefined ? { CPU: taskCpu / 1024 } : {}),
      ...(taskMemory !== undefined ? { Memory: taskMemory } : {}),
    },
    PullStartedAt: wallIso(started - 8000),
    PullStoppedAt: wallIso(started - 2000),
    AvailabilityZone: zone,
    LaunchType: task.launchType,
    Containers: containers,
    VPCID: `vpc-${hexFrom(`${account.id}|vpc`, 17)}`,
    ClockDrift: {
      ClockErrorBound: 0.5,
      ReferenceTimestamp: wallIso(world.now),
      ClockSynchronizationStatus: 'SYNCHRONIZED',
    },
    ...(fargate ? { EphemeralStorageMetrics: { Utilized: 261, Reserved: 20496 } } : {}),
    FaultInjectionEnabled: false,
  };
  const age = Math.max(1, Math.floor((world.now - started) / 1000));
  const stats = Object.fromEntries(
    containers.map((container, i) => [
      dockerIds[i]!,
      dockerStats(String(container.DockerId), container.Name, age, world.now, wallIso),
    ]),
  );
  return { endpointId: dockerIds[0]!, container: containers[0]!, task: taskDoc, stats, dockerId: dockerIds[0]! };
}

/** Docker's ContainerStats shape with counters that grow with the container's age in seconds. */
function dockerStats(
  id: string,
  name: string,
  age: number,
  now: number,
  wallIso: (sandboxMs: number) => string,
): Record<string, unknown> {
  const cpu = age * 12_000_000;
  const cpuStats = (total: number) => ({
    cpu_usage: {
      total_usage: total,
      usage_in_kernelmode: Math.floor(total / 5),
      usage_in_usermode: Math.floor((total * 4) / 5),
    },
    system_cpu_usage: age * 2_000_000_000,
    online_cpus: 2,
    throttling_data: { periods: 0, throttled_periods: 0, throttled_time: 0 },
  });
  return {
    read: wallIso(now),
    preread: wallIso(now - 10_000),
    pids_stats: { current: 3 },
    blkio_stats: { io_service_bytes_recursive: [], io_serviced_recursive: [] },
    num_procs: 0,
    storage_stats: {},
    cpu_stats: cpuStats(cpu),
    precpu_stats: cpuStats(Math.max(0, cpu - 120_000_000)),
    memory_stats: {
      usage: 24_000_000,
      max_usage: 30_000_000,
      stats: { rss: 20_000_000, cache: 4_000_000 },
      limit: 536_870_912,
    },
    name,
    id,
    networks: {
      eth1: {
        rx_bytes: age * 480,
        rx_packets: age * 4,
        rx_errors: 0,
        rx_dropped: 0,
        tx_bytes: age * 260,
        tx_packets: age * 3,
        tx_errors: 0,
        tx_dropped: 0,
      },
    },
    network_rate_stats: { rx_bytes_per_sec: 480, tx_bytes_per_sec: 260 },
  };
}

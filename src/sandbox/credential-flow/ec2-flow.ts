// An app on an EC2 instance (on the host or in a Docker container on the default bridge network):
// the SDK walks its chain and ends at IMDS.

import type { Instance, World } from '../world/types.js';
import type { ClientProfile } from './clients.js';
import { walkImds } from './imds.js';
import type { Timeline } from './timeline.js';
import type { FoundCredentials } from './found.js';

export function ec2Credentials(
  world: World,
  instance: Instance,
  client: ClientProfile,
  tl: Timeline,
): FoundCredentials | undefined {
  tl.add({
    actor: 'sdk',
    what: 'container credentials provider: skipped',
    why: 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set (this is not an ECS task)',
    status: 'skip',
  });
  const inContainer = instance.app.runtime === 'container';
  tl.add({
    actor: 'sdk',
    what: 'tries the instance metadata service (IMDS)',
    why: inContainer
      ? 'last link of the chain; the app runs in a Docker container on a bridge network, one network hop further from IMDS than the host'
      : "last link of the chain: the instance profile's role credentials are served there",
    status: 'ok',
  });
  const walk = walkImds({ world, instance, client, extraHop: inContainer }, tl);
  return walk.ok ? { source: 'imds', session: walk.session, credentials: walk.credentials } : undefined;
}

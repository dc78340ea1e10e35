// What the ECS agent takes from an instance's user data. The sandbox reads the lines people write
// in user data for ECS container instances:
//   echo ECS_CLUSTER=orders >> /etc/ecs/ecs.config
//   echo ECS_AWSVPC_BLOCK_IMDS=true >> /etc/ecs/ecs.config
//   iptables --insert DOCKER-USER 1 --in-interface docker+ --destination 169.254.169.254/32 --jump DROP
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/bootstrap_container_instance.html
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ec2-security-considerations.html

import type { EcsAgentSettings } from '../world/types.js';

export function ecsSettingsFromUserData(userData: string | undefined): EcsAgentSettings | undefined {
  if (!userData) return undefined;
  const cluster = userData.match(/ECS_CLUSTER=([A-Za-z0-9_-]+)/)?.[1];
  if (!cluster) return undefined;
  return {
    cluster,
    awsvpcBlockImds: /ECS_AWSVPC_BLOCK_IMDS=true/.test(userData),
    bridgeImdsBlocked: userData
      .split('\n')
      .some((line) => /DOCKER-USER/.test(line) && /169\.254\.169\.254/.test(line) && /DROP/.test(line)),
  };
}

// A container on the instance's default bridge network, IMDSv2 required, hop limit 1.

import { LEARNER_ACCOUNT } from '../constants.js';
import { allOf, callAllowed, condition, instanceTarget } from './checks.js';
import { cmd, FIRST_INSTANCE, ORDERS_CALL, ordersAppOnImdsv2Instance } from './fixtures.js';
import type { Scenario } from './types.js';

export const hopLimitContainer: Scenario = {
  id: 'hop-limit-container',
  title: 'A container one hop too far from IMDS',
  summary:
    'The same app that works on the host fails inside a Docker container on the instance. IMDSv2 is required and the PUT response hop limit is 1.',
  kind: 'challenge',
  lesson: 'ec2-credentials',
  setup: ordersAppOnImdsv2Instance('js-v3', 'container'),
  goal: {
    description:
      'The containerised app reads the Orders table, IMDSv2 stays required, and the hop limit is just enough (2).',
    appRun: instanceTarget(FIRST_INSTANCE, ORDERS_CALL),
    check: (world, run) => {
      const instance = world.accounts[LEARNER_ACCOUNT]?.instances[FIRST_INSTANCE];
      const m = instance?.metadataOptions;
      return allOf(
        callAllowed(run, 'The containerised app reads the Orders table'),
        condition(
          instance?.app.runtime === 'container',
          'The app still runs in its container.',
          'The app must keep running in the container.',
        ),
        condition(m?.httpTokens === 'required', 'IMDSv2 is still required.', 'Keep HttpTokens=required.'),
        condition(
          m?.httpPutResponseHopLimit === 2,
          'The hop limit is 2: one hop for the bridge, no more.',
          `Set the hop limit to 2 (it is ${m?.httpPutResponseHopLimit}): one extra hop for the bridge is all the container needs.`,
        ),
      );
    },
  },
  hints: [
    'Run the app and look at the token request: the PUT goes out, the response never comes back, and after a timeout the SDK tries IMDSv1, which is refused with 401.',
    'IMDS sends the token response with an IP time-to-live equal to the PUT response hop limit. From a container on a bridge network the response needs one hop more than from the host.',
    `aws ec2 modify-instance-metadata-options --instance-id ${FIRST_INSTANCE} --http-put-response-hop-limit 2`,
  ],
  debrief: {
    takeaways: [
      'The PUT response hop limit (1 to 64) caps how many network hops the IMDSv2 token response may travel. A container on a bridge network is one hop further than the host, so it needs 2.',
      'With HttpTokens=optional the same container would quietly fall back to IMDSv1 after a timeout; with required it gets nothing. Either way the fix is the hop limit, not weaker tokens.',
      'Raising the hop limit deliberately lets containers use the instance role. On Amazon ECS, give tasks their own task roles and block IMDS from tasks instead.',
    ],
    docs: [
      {
        title: 'Amazon EC2 User Guide: Configure the instance metadata options',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html',
      },
      {
        title: 'Amazon EC2 User Guide: Modify instance metadata options for existing instances',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
      },
      {
        title: 'Amazon EC2 User Guide: How Instance Metadata Service Version 2 works',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-v2-how-it-works.html',
      },
    ],
  },
  referenceSolution: [
    cmd(`aws ec2 modify-instance-metadata-options --instance-id ${FIRST_INSTANCE} --http-put-response-hop-limit 2`),
  ],
};

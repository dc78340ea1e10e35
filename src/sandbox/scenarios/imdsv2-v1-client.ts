// IMDSv2 is required, and the app's SDK only speaks IMDSv1.

import { LEARNER_ACCOUNT } from '../constants.js';
import { allOf, callAllowed, condition, instanceTarget } from './checks.js';
import { cmd, FIRST_INSTANCE, ORDERS_CALL, ordersAppOnImdsv2Instance } from './fixtures.js';
import type { Scenario } from './types.js';

export const imdsv2V1Client: Scenario = {
  id: 'imdsv2-v1-client',
  title: 'IMDSv2 required, the SDK only knows IMDSv1',
  summary:
    'The instance requires IMDSv2 session tokens (HttpTokens=required). An old app with a legacy SDK gets 401 from the metadata service. Make it work without weakening the instance.',
  kind: 'challenge',
  lesson: 'ec2-credentials',
  setup: ordersAppOnImdsv2Instance('imdsv1-only', 'host'),
  goal: {
    description: 'The app reads the Orders table while the instance still requires IMDSv2 tokens.',
    appRun: instanceTarget(FIRST_INSTANCE, ORDERS_CALL),
    check: (world, run) => {
      const tokens = world.accounts[LEARNER_ACCOUNT]?.instances[FIRST_INSTANCE]?.metadataOptions.httpTokens;
      return allOf(
        callAllowed(run, 'The app reads the Orders table'),
        condition(
          tokens === 'required',
          'The instance still requires IMDSv2 (HttpTokens=required).',
          'Keep HttpTokens=required: switching back to optional re-opens IMDSv1 to anything that can make the instance send a GET.',
        ),
      );
    },
  },
  hints: [
    'Run the app: the request for the role name gets 401 Unauthorized. IMDS refused it because it carried no session token.',
    'With HttpTokens=required, IMDS answers only IMDSv2 requests: a PUT for a token first, then GETs that carry it. The legacy SDK never asks for a token.',
    'Setting HttpTokens back to optional would "work" but undo the protection. Update the app\'s SDK instead: app deploy --instance-id ' +
      FIRST_INSTANCE +
      ' --client js-v3',
  ],
  debrief: {
    takeaways: [
      'IMDSv2 adds a session token obtained with a PUT request; with HttpTokens=required, requests without a token get 401 and no credentials are served through IMDSv1.',
      'Current AWS SDKs and the AWS CLI use IMDSv2 by default. Old SDK versions may not, so upgrade them before you require tokens.',
      'Requiring IMDSv2 is a defence against SSRF-style attacks that can make a server send a GET but not a PUT with a custom header. Weakening it to unblock one app trades a real protection for convenience.',
    ],
    docs: [
      {
        title: 'Amazon EC2 User Guide: How Instance Metadata Service Version 2 works',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-v2-how-it-works.html',
      },
      {
        title: 'Amazon EC2 User Guide: Configure the instance metadata options',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html',
      },
      {
        title: 'Amazon EC2 User Guide: Retrieve security credentials from instance metadata',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-security-credentials.html',
      },
    ],
  },
  referenceSolution: [cmd(`app deploy --instance-id ${FIRST_INSTANCE} --client js-v3`)],
};

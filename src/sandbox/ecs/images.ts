// Container images: a private Amazon ECR repository needs credentials to pull; a public image
// (Docker Hub, ECR Public) does not.

import { REGION } from '../constants.js';

export type ImageSource =
  | { kind: 'ecr'; repositoryArn: string; account: string; repository: string }
  | { kind: 'public' };

export function imageSource(image: string): ImageSource {
  const m = image.match(/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com\/([^:@]+)/);
  if (!m) return { kind: 'public' };
  const [, account, region, repository] = m;
  return {
    kind: 'ecr',
    account: account!,
    repository: repository!,
    repositoryArn: `arn:aws:ecr:${region ?? REGION}:${account}:repository/${repository}`,
  };
}

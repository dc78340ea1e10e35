// References and docs must be AWS documentation. The schema demands https; the host check is a
// warning because AWS serves documentation from a few domains (docs.aws.amazon.com,
// aws.amazon.com, the exam guide on d1.awsstatic.com).
const AWS_HOSTS = ['amazon.com', 'awsstatic.com', 'amazonaws.com'];

export function isAwsDocsUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return AWS_HOSTS.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
  } catch {
    return false;
  }
}

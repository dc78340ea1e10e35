// References and docs must be AWS documentation. The schema demands https; the host must be one
// of the hosts AWS serves its documentation from. The list is exact (no wildcard suffixes):
// *.amazonaws.com also holds anyone's S3 bucket or API endpoint, and amazon.com the retail site.
//   docs.aws.amazon.com  user guides, API references, the CLF-C02 exam guide
//   aws.amazon.com       product and programme pages (shared responsibility model, CAF, ...)
//   d1.awsstatic.com     PDFs such as the earlier exam guides
export const AWS_DOCS_HOSTS: readonly string[] = ['docs.aws.amazon.com', 'aws.amazon.com', 'd1.awsstatic.com'];

export function isAwsDocsUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && AWS_DOCS_HOSTS.includes(parsed.hostname);
  } catch {
    return false;
  }
}

export function notAwsDocsMessage(url: string): string {
  return `${url} is not an AWS documentation page (use ${AWS_DOCS_HOSTS.join(', ')})`;
}

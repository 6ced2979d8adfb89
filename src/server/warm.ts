/**
 * Work a server does once at start, before it takes requests, so the first
 * visitor does not pay for it: the public numbers are recounted from every
 * claim (seconds at 100,000 claims) and kept until the data changes.
 */
import type { Publication } from '../publication/service.ts';

export async function warmCaches(publication: Publication): Promise<void> {
  await publication.fresh();
}

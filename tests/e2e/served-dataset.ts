// The dataset the built app serves, decoded by the app's own code: browser tests compute their expected
// numbers from it with the domain engine rather than copying what the screen shows.
import type { Page } from '@playwright/test';
import { decodeDataset } from '@/api/decode';
import { frameworkSchema } from '@/api/schemas/framework';
import { membersSchema } from '@/api/schemas/members';
import { observationsSchema } from '@/api/schemas/observations';
import type { Dataset } from '@/domain/types';

export async function servedDataset(page: Page): Promise<Dataset> {
  const get = async (name: string) => (await page.request.get(`/api/v1/${name}`)).json() as Promise<unknown>;
  return decodeDataset(
    frameworkSchema.parse(await get('framework.json')),
    membersSchema.parse(await get('members.json')),
    observationsSchema.parse(await get('observations.json')),
  );
}

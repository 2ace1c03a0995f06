// The three contract documents fetched together and each checked on its own, with the texts as they came (the
// saved copy keeps those). Shared by the dataset query and the Overview's check of its summary (a worker), which
// has framework.json already.
import { fetchDocumentText, parseDocument, type FetchOptions } from './client';
import { parseObservations } from './observations-document';
import type { ContractDocuments, ContractTexts } from './saved-copy';
import { frameworkSchema } from './schemas/framework';
import { membersSchema } from './schemas/members';

export async function fetchDocuments(
  base: string,
  options: FetchOptions,
  known: { readonly framework?: string | undefined } = {},
): Promise<{ readonly documents: ContractDocuments; readonly texts: ContractTexts }> {
  const [framework, members, observations] = await Promise.all([
    known.framework ?? fetchDocumentText(base, 'framework.json', options),
    fetchDocumentText(base, 'members.json', options),
    fetchDocumentText(base, 'observations.json', options),
  ]);
  const texts = { framework, members, observations };
  const documents = {
    framework: parseDocument('framework.json', framework, frameworkSchema),
    members: parseDocument('members.json', members, membersSchema),
    observations: await parseObservations(observations),
  };
  return { documents, texts };
}

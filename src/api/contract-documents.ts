// The three contract documents fetched together and each checked on its own, with the texts as they came (the
// saved copy keeps those). Shared by the dataset query and the Overview's check of its summary (a worker), which
// has framework.json already.
import { fetchDocumentTexts, parseDocument, type FetchOptions } from './client';
import { parseObservations } from './observations-document';
import type { ContractDocuments, ContractTexts } from './saved-copy';
import { frameworkSchema } from './schemas/framework';
import { membersSchema } from './schemas/members';

export async function fetchDocuments(
  base: string,
  options: FetchOptions,
  known: { readonly framework?: string | undefined } = {},
): Promise<{ readonly documents: ContractDocuments; readonly texts: ContractTexts }> {
  const texts = await fetchDocumentTexts(base, options, known);
  return { documents: await checkDocuments(texts), texts };
}

/** The three texts parsed and checked against the contract, each on its own, in this order. */
export async function checkDocuments(texts: ContractTexts): Promise<ContractDocuments> {
  return {
    framework: parseDocument('framework.json', texts.framework, frameworkSchema),
    members: parseDocument('members.json', texts.members, membersSchema),
    observations: await parseObservations(texts.observations),
  };
}

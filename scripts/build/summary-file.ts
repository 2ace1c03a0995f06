// summary.json for the contract files the build ships (vite.config.ts): the three documents read by the app's
// own checks, and the summary made by the app's own engine (api/summary-document.ts), so that the Overview drawn
// from it shows the figures it would show from the data.
import { parseDocument } from '../../src/api/client';
import { decodeDataset } from '../../src/api/decode';
import { parseObservations } from '../../src/api/observations-document';
import { frameworkSchema } from '../../src/api/schemas/framework';
import { membersSchema } from '../../src/api/schemas/members';
import { summaryDocument } from '../../src/api/summary-document';

/** The summary document's text for the documents' texts, by file name. */
export async function summaryFile(files: Readonly<Record<string, string>>): Promise<string> {
  const text = (name: string) => {
    const found = files[name];
    if (found === undefined) throw new Error(`summary.json: ${name} is missing`);
    return found;
  };
  const dataset = decodeDataset(
    parseDocument('framework.json', text('framework.json'), frameworkSchema),
    parseDocument('members.json', text('members.json'), membersSchema),
    await parseObservations(text('observations.json')),
  );
  return JSON.stringify(summaryDocument(dataset));
}

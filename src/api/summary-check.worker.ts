// The Overview's check of its summary document, off the page's thread (summary-check.ts): the three documents
// fetched and checked as the dataset query checks them, kept as the saved copy, and only their asOf sent back.
// The page's own thread then never parses or checks the whole dataset while it shows the Overview.
import { fetchDocuments } from './contract-documents';
import { decodeDataset } from './decode';
import type { SummaryCheckRequest, SummaryCheckAnswer } from './summary-check';

self.onmessage = async (event: MessageEvent<SummaryCheckRequest>) => {
  const { base, request, frameworkText } = event.data;
  let answer: SummaryCheckAnswer;
  try {
    const { documents, texts } = await fetchDocuments(base, request, { framework: frameworkText });
    decodeDataset(documents.framework, documents.members, documents.observations);
    answer = { asOf: documents.observations.asOf };
    try {
      const { saveCopy } = await import('./saved-copy');
      await saveCopy(base, texts);
    } catch {
      // Storage is a convenience (dataset.ts keepCopy): no IndexedDB here is no reason to doubt the data.
    }
  } catch (error) {
    answer = { failed: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
  self.close();
};

// The contract check of contract-check.ts, in a worker: the three texts checked exactly as the page would check
// them (contract-documents.ts), answering only whether they keep the contract, and if not the first way they break it.
import { loadErrorData, type ContractVerdict } from './contract-check';
import { checkDocuments } from './contract-documents';
import { isLoadError } from './errors';
import type { ContractTexts } from './saved-copy';

self.onmessage = async (event: MessageEvent<ContractTexts>) => {
  let verdict: ContractVerdict;
  try {
    await checkDocuments(event.data);
    verdict = { kept: true };
  } catch (error) {
    verdict = isLoadError(error) ? { broken: loadErrorData(error) } : { failed: String(error) };
  }
  self.postMessage(verdict);
};

// The contract check of the three documents, off the page's thread where there are workers: the page parses the
// JSON and decodes it while a worker (contract-check.worker.ts) checks the same texts against the contract, so the
// schema code never runs on the page's thread on the way to a view. Nothing is shown before the worker has
// answered, and a document that breaks the contract is named exactly as the page's own check names it
// (contract-documents.ts), which is also what runs where there are no workers or the worker cannot start.
import { parseJson, REQUEST_TIMEOUT_MS } from './client';
import { LoadError, type ContractIssue, type LoadErrorKind } from './errors';
import type { ContractDocuments, ContractTexts } from './saved-copy';

/** A LoadError as it crosses from the worker (its class does not). */
export interface LoadErrorData {
  readonly kind: LoadErrorKind;
  readonly document: string;
  readonly message: string;
  readonly details: {
    readonly status?: number;
    readonly issues?: readonly ContractIssue[];
    readonly timeoutMs?: number;
  };
}

/** The worker's verdict: the texts keep the contract, or the first way they break it. */
export type ContractVerdict =
  { readonly kept: true } | { readonly broken: LoadErrorData } | { readonly failed: string };

export function loadErrorData(error: LoadError): LoadErrorData {
  return {
    kind: error.kind,
    document: error.document,
    message: error.message.slice(error.document.length + 2),
    details: error.details,
  };
}

/** The documents as the page has parsed them, and as they are once the contract check has passed. */
export interface CheckedTexts {
  /** The texts' JSON, before the check (null where the check runs on the page, or the JSON is broken). */
  readonly parsed: ContractDocuments | null;
  /** The documents to trust: `parsed` once the worker has found them sound; rejects with what is broken. */
  readonly checked: Promise<ContractDocuments>;
}

export interface ContractCheck {
  readonly documents: (texts: ContractTexts) => CheckedTexts;
  readonly stop: () => void;
}

async function checkOnPage(texts: ContractTexts): Promise<ContractDocuments> {
  const { checkDocuments } = await import('./contract-documents');
  return checkDocuments(texts);
}

/** The JSON of each text; null when one is not JSON (the check then says which, as the page's would). */
function parsedTexts(texts: ContractTexts): ContractDocuments | null {
  try {
    return {
      framework: parseJson('framework.json', texts.framework) as ContractDocuments['framework'],
      members: parseJson('members.json', texts.members) as ContractDocuments['members'],
      observations: parseJson('observations.json', texts.observations) as ContractDocuments['observations'],
    };
  } catch {
    return null;
  }
}

function newWorker(): Worker | null {
  try {
    return typeof Worker === 'function'
      ? new Worker(new URL('./contract-check.worker.ts', import.meta.url), { type: 'module' })
      : null;
  } catch {
    return null;
  }
}

/**
 * Starts the worker now, so that its code loads while the documents download; `documents` then hands it the
 * texts. Without workers the texts are checked on the page.
 */
export function startContractCheck(): ContractCheck {
  const worker = newWorker();
  if (!worker) {
    return { documents: (texts) => ({ parsed: null, checked: checkOnPage(texts) }), stop: () => undefined };
  }
  const stop = () => {
    worker.terminate();
  };
  // Listened for from the start: a worker whose code cannot load says so before the texts have come.
  const verdict = new Promise<ContractVerdict>((resolve) => {
    worker.onmessage = (event: MessageEvent<ContractVerdict>) => {
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      resolve({ failed: event.message || 'the check could not run' });
    };
  });
  const documents = (texts: ContractTexts): CheckedTexts => {
    worker.postMessage(texts);
    const parsed = parsedTexts(texts);
    // A worker whose code is stuck on the way is not waited for past a request's own time limit.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<ContractVerdict>((resolve) => {
      timer = setTimeout(() => {
        resolve({ failed: 'the check did not answer in time' });
      }, REQUEST_TIMEOUT_MS);
    });
    const checked = Promise.race([verdict, late]).then((answer) => {
      clearTimeout(timer);
      stop();
      if ('broken' in answer) {
        const { kind, document, message, details } = answer.broken;
        throw new LoadError(kind, document, message, details);
      }
      // A worker that could not check (its code did not load) leaves the check to the page.
      return 'failed' in answer || !parsed ? checkOnPage(texts) : parsed;
    });
    return { parsed, checked };
  };
  return { documents, stop };
}

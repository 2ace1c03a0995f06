// MSW handlers serving the data contract: one set for the dev server, vitest and Playwright.
import { delay, http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { decodeDataset } from '@/api/decode';
import { summaryDocument } from '@/api/summary-document';
import type { SummaryDocument } from '@/api/schemas/summary';
import { illustrativeDataset, type ContractDocuments } from './dataset';
import type { Scenario } from './scenarios';

const DOCUMENTS = ['framework.json', 'members.json', 'observations.json'] as const;
type DocumentName = (typeof DOCUMENTS)[number];

/**
 * Handlers answering under `base` (default `*\/api/v1`, any origin) in the given scenario, serving `dataset`
 * (by default the illustrative one; tests may serve a small hand-made one) and, unless `summary` is false, the
 * optional summary.json made from it as the build makes it.
 */
export function handlersFor(
  scenario: Scenario | (() => Scenario) = 'normal',
  base = '*/api/v1',
  dataset: () => ContractDocuments = illustrativeDataset,
  { summary = true }: { readonly summary?: boolean } = {},
): HttpHandler[] {
  const current = typeof scenario === 'function' ? scenario : () => scenario;
  return [
    ...DOCUMENTS.map((name) => http.get(`${base}/${name}`, () => respond(current(), name, dataset()))),
    http.get(`${base}/summary.json`, () =>
      summary ? respondSummary(current(), dataset()) : new HttpResponse('Not Found', { status: 404 }),
    ),
  ];
}

const summaries = new WeakMap<ContractDocuments, SummaryDocument>();

/** The summary of the documents served, made once per dataset. */
function summaryOf(documents: ContractDocuments): SummaryDocument {
  let made = summaries.get(documents);
  if (!made) {
    made = summaryDocument(decodeDataset(documents.framework, documents.members, documents.observations));
    summaries.set(documents, made);
  }
  return made;
}

/**
 * The summary fails as the other documents do; where the scenario breaks the data itself (malformed, contract,
 * empty) there is none, as no build could have made one from such data.
 */
async function respondSummary(scenario: Scenario, documents: ContractDocuments): Promise<Response> {
  if (scenario === 'malformed' || scenario === 'contract' || scenario === 'empty') {
    return new HttpResponse('Not Found', { status: 404 });
  }
  if (scenario !== 'normal' && scenario !== 'slow') return respond(scenario, 'framework.json', documents);
  if (scenario === 'slow') await delay(3000);
  return HttpResponse.json(summaryOf(documents));
}

export const handlers = handlersFor();

async function respond(scenario: Scenario, name: DocumentName, documents: ContractDocuments): Promise<Response> {
  const body: Record<DocumentName, JsonBodyType> = {
    'framework.json': documents.framework,
    'members.json': documents.members,
    'observations.json': documents.observations,
  };
  switch (scenario) {
    case 'normal':
      return HttpResponse.json(body[name]);
    case 'slow':
      await delay(3000);
      return HttpResponse.json(body[name]);
    case 'server-error':
      return new HttpResponse('Internal Server Error', { status: 500, statusText: 'Internal Server Error' });
    case 'timeout':
      await delay('infinite');
      return HttpResponse.json(body[name]);
    case 'offline':
      return HttpResponse.error();
    case 'malformed':
      return name === 'observations.json'
        ? new HttpResponse(JSON.stringify(body[name]).slice(0, 200), {
            headers: { 'Content-Type': 'application/json' },
          })
        : HttpResponse.json(body[name]);
    case 'html':
      return HttpResponse.html('<!doctype html><html><body><div id="root"></div></body></html>');
    case 'contract':
      return name === 'members.json'
        ? HttpResponse.json({
            members: documents.members.members.map((member, i) => (i === 0 ? { ...member, region: 42 } : member)),
          })
        : HttpResponse.json(body[name]);
    case 'empty':
      return HttpResponse.json(
        name === 'members.json'
          ? { members: [] }
          : name === 'observations.json'
            ? { ...documents.observations, submissions: [] }
            : body[name],
      );
  }
}

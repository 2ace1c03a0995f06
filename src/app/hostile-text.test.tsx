// Text from data is text (DESIGN §7), for every free-text field of the contract — region, area, indicator
// and Member names, area descriptions, the source's name — and codes carrying markup are refused by the
// contract with a message that names the field. (The browser test does Member names on every view and exports.)
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { illustrativeDataset } from '@mocks/dataset';
import { server } from '@mocks/node';
import { decodeDataset } from '@/api/decode';
import { frameworkSchema, type FrameworkDocument } from '@/api/schemas/framework';
import { membersSchema } from '@/api/schemas/members';
import { observationsSchema } from '@/api/schemas/observations';
import { summaryDocument } from '@/api/summary-document';
import { renderApp } from '../../tests/render-app';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const LINK = '<a href="javascript:window.__pwned=3">click</a>';

function hostile(text: { en: string; fr: string }, payload: string) {
  return { en: `${payload} ${text.en}`, fr: `${payload} ${text.fr}` };
}

/** Serves the illustrative dataset with markup put into every free-text field. */
function serveHostileDataset() {
  const { members, observations } = illustrativeDataset();
  const framework: FrameworkDocument = illustrativeDataset().framework;
  const hostileFramework = {
    ...framework,
    regions: framework.regions.map((region) => ({ ...region, name: hostile(region.name, IMG) })),
    areas: framework.areas.map((area) => ({
      ...area,
      name: hostile(area.name, SCRIPT),
      ...(area.description ? { description: hostile(area.description, IMG) } : {}),
    })),
    indicators: framework.indicators.map((indicator) => ({ ...indicator, name: hostile(indicator.name, LINK) })),
  };
  const hostileMembers = {
    members: members.members.map((member) => ({ ...member, name: hostile(member.name, `\u202E${IMG}`) })),
  };
  const hostileObservations = { ...observations, source: { ...observations.source, name: `${SCRIPT} source` } };
  server.use(
    http.get('*/api/v1/framework.json', () => HttpResponse.json(hostileFramework)),
    http.get('*/api/v1/members.json', () => HttpResponse.json(hostileMembers)),
    http.get('*/api/v1/observations.json', () => HttpResponse.json(hostileObservations)),
    // The Overview draws from the summary of these documents, whose source's name carries the markup too.
    http.get('*/api/v1/summary.json', () =>
      HttpResponse.json(
        summaryDocument(
          decodeDataset(
            frameworkSchema.parse(hostileFramework),
            membersSchema.parse(hostileMembers),
            observationsSchema.parse(hostileObservations),
          ),
        ),
      ),
    ),
  );
}

/** No element the hostile names could have made, and no event handler attribute anywhere. */
function expectInert(container: HTMLElement) {
  // A security check on the markup itself: no role query can see an injected element or attribute.
  /* eslint-disable testing-library/no-node-access */
  expect(container.querySelectorAll('img[src="x"], script, a[href^="javascript:"]')).toHaveLength(0);
  expect(
    Array.from(container.querySelectorAll('*')).filter((element) =>
      Array.from(element.attributes).some((attribute) => attribute.name.startsWith('on')),
    ),
  ).toHaveLength(0);
  expect((window as { __pwned?: number }).__pwned).toBeUndefined();
}

describe('markup in the data', () => {
  it('shows as characters on the Overview (regions, areas, source)', async () => {
    serveHostileDataset();
    const { container } = renderApp('/');
    await screen.findByRole('figure', { name: /World Security Index/ }, { timeout: 5000 });
    expect((await screen.findAllByText(/<img src=x onerror=/, {}, { timeout: 5000 })).length).toBeGreaterThan(0);
    expect(screen.getByText(/<script>window.__pwned=2<\/script> source/)).toBeInTheDocument();
    expectInert(container);
  });

  it('shows as characters on the Methodology page (indicator and area names)', async () => {
    serveHostileDataset();
    const { container } = renderApp('/methodology');
    expect(
      (await screen.findAllByText(/<a href="javascript:window.__pwned=3">click<\/a>/, {}, { timeout: 5000 })).length,
    ).toBeGreaterThan(0);
    expectInert(container);
  });

  it('shows as characters on a scorecard (Member name with a right-to-left override)', async () => {
    serveHostileDataset();
    const { container } = renderApp('/members/KEN');
    expect(
      (await screen.findAllByText(/\u202E<img src=x onerror=.*Kenya/, {}, { timeout: 5000 })).length,
    ).toBeGreaterThan(0);
    expectInert(container);
  });
});

describe('a code carrying markup', () => {
  it('is refused by the contract, naming the field', () => {
    const { members } = illustrativeDataset();
    const result = membersSchema.safeParse({
      members: [{ ...members.members[0], code: '<img src=x onerror=alert(1)>' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['members', 0, 'code']);
  });
});

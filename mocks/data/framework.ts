// framework.json of the illustrative dataset: the resolution, areas, indicators, stages and bands of DESIGN §2–3.
import type { FrameworkDocument } from '@/api/schemas/framework';
import type { IndicatorType, Localized } from '@/domain/types';
import { REGIONS } from './members.ts';

type IndicatorDocument = FrameworkDocument['indicators'][number];

const BASELINE_CYCLE = 2015;

const AREAS: FrameworkDocument['areas'] = [
  area(
    'GOV',
    ['Governance and mandate', 'Gouvernance et mandat'],
    [
      'Whether security is part of the Customs mandate, strategy and organisation.',
      'La sécurité fait-elle partie du mandat, de la stratégie et de l’organisation de la douane.',
    ],
  ),
  area(
    'PAX',
    ['Passenger controls', 'Contrôle des voyageurs'],
    [
      'Use of advance passenger information and passenger name records to target risky travellers.',
      'Utilisation des informations préalables sur les voyageurs et des dossiers passagers pour cibler les voyageurs à risque.',
    ],
  ),
  area(
    'STC',
    ['Strategic trade control', 'Contrôle du commerce stratégique'],
    [
      'Enforcement of controls on strategic (dual-use and military) goods under the STCE programme.',
      'Application des contrôles sur les biens stratégiques (à double usage et militaires) dans le cadre du programme STCE.',
    ],
  ),
  area(
    'PGS',
    ['Programme Global Shield', 'Programme Global Shield'],
    [
      'Detection of explosive precursors and improvised explosive device components.',
      'Détection des précurseurs d’explosifs et des composants d’engins explosifs improvisés.',
    ],
  ),
  area(
    'SAL',
    ['Small arms and light weapons', 'Armes légères et de petit calibre'],
    [
      'Legal basis, training and seizures against the illicit trade in firearms and ammunition.',
      'Base juridique, formation et saisies contre le commerce illicite des armes à feu et des munitions.',
    ],
  ),
  area(
    'CFT',
    ['Terrorist financing', 'Financement du terrorisme'],
    [
      'Controls on cross-border cash couriers and cooperation with the financial intelligence unit.',
      'Contrôle des passeurs de fonds transfrontaliers et coopération avec la cellule de renseignement financier.',
    ],
  ),
  area(
    'COP',
    ['Cooperation', 'Coopération'],
    [
      'Working with the police and with other Customs administrations on security cases.',
      'Collaboration avec la police et les autres administrations douanières sur les affaires de sécurité.',
    ],
  ),
  area(
    'CB',
    ['Capacity building', 'Renforcement des capacités'],
    [
      'WCO security capacity-building support received by the administration.',
      'Appui au renforcement des capacités de l’OMD en matière de sécurité reçu par l’administration.',
    ],
  ),
];

/** A context indicator's unit, and its form for one where it differs (a currency code has none). */
interface Unit {
  readonly unit: Localized;
  readonly unitOne?: Localized;
}

const OFFICERS: Unit = { unit: { en: 'officers', fr: 'agents' }, unitOne: { en: 'officer', fr: 'agent' } };
const SEIZURES: Unit = { unit: { en: 'seizures', fr: 'saisies' }, unitOne: { en: 'seizure', fr: 'saisie' } };

const INDICATORS: FrameworkDocument['indicators'] = [
  indicator('GOV.MANDATE', 'stage', [
    'Security in the Customs legal mandate',
    'Sécurité inscrite dans le mandat légal de la douane',
  ]),
  indicator('GOV.STRATEGY', 'yesno', [
    'Security objectives in the current strategic plan',
    'Objectifs de sécurité dans le plan stratégique en vigueur',
  ]),
  indicator('GOV.FOCAL', 'yesno', ['Designated security focal point', 'Point de contact désigné pour la sécurité']),
  indicator('PAX.API', 'stage', [
    'Customs access to Advance Passenger Information (API)',
    'Accès de la douane aux informations préalables sur les voyageurs (API)',
  ]),
  indicator('PAX.PNR', 'stage', [
    'Customs access to Passenger Name Record (PNR) data',
    'Accès de la douane aux données des dossiers passagers (PNR)',
  ]),
  indicator('PAX.APICOV', 'percent', [
    'Inbound international flights covered by API',
    'Vols internationaux entrants couverts par l’API',
  ]),
  indicator('PAX.TARGETING', 'yesno', [
    'Passenger targeting system operational',
    'Système de ciblage des voyageurs opérationnel',
  ]),
  indicator(
    'PAX.TRAINED',
    'count',
    ['Officers trained in passenger risk analysis', 'Agents formés à l’analyse des risques liés aux voyageurs'],
    OFFICERS,
  ),
  indicator('STC.POWER', 'stage', [
    'Legal power to detain strategic goods',
    'Pouvoir légal de retenir les biens stratégiques',
  ]),
  indicator('STC.TRAINERS', 'count', ['WCO-accredited STCE trainers', 'Formateurs STCE accrédités par l’OMD'], {
    unit: { en: 'trainers', fr: 'formateurs' },
    unitOne: { en: 'trainer', fr: 'formateur' },
  }),
  indicator('STC.OPERATION', 'yesno', [
    'Took part in the latest STCE operation',
    'Participation à la dernière opération STCE',
  ]),
  indicator(
    'STC.SEIZURES',
    'count',
    ['Strategic-goods seizures reported', 'Saisies de biens stratégiques signalées'],
    SEIZURES,
  ),
  indicator('PGS.MEMBER', 'yesno', ['Programme Global Shield participant', 'Participant au Programme Global Shield']),
  indicator('PGS.POSTS', 'percent', [
    'Border posts with chemical-identification capability',
    'Postes frontières dotés d’une capacité d’identification chimique',
  ]),
  indicator(
    'PGS.SEIZURES',
    'count',
    ['Precursor and IED component seizures', 'Saisies de précurseurs et de composants d’engins explosifs improvisés'],
    SEIZURES,
  ),
  indicator('SAL.PROTOCOL', 'stage', [
    'Firearms Protocol in national law',
    'Protocole sur les armes à feu transposé en droit national',
  ]),
  indicator(
    'SAL.TRAINED',
    'count',
    ['Officers trained in SALW detection', 'Agents formés à la détection des ALPC'],
    OFFICERS,
  ),
  indicator(
    'SAL.SEIZURES',
    'count',
    ['Firearm and ammunition seizures', 'Saisies d’armes à feu et de munitions'],
    SEIZURES,
  ),
  indicator('CFT.CASH', 'stage', [
    'Cross-border cash declaration system',
    'Système de déclaration des espèces transfrontalières',
  ]),
  indicator('CFT.FIU', 'yesno', [
    'Customs–FIU information-sharing arrangement',
    'Accord d’échange d’informations entre la douane et la CRF',
  ]),
  indicator('CFT.DETAINED', 'currency', ['Undeclared cash detained', 'Espèces non déclarées retenues'], {
    unit: { en: 'USD', fr: 'USD' },
  }),
  indicator('COP.AGREEMENT', 'yesno', ['Customs–Police agreement', 'Accord entre la douane et la police']),
  indicator('COP.CEN', 'stage', [
    'Use of CEN/nCEN for security cases',
    'Utilisation du CEN/nCEN pour les affaires de sécurité',
  ]),
  indicator(
    'COP.OPERATIONS',
    'count',
    ['WCO/RILO security operations joined', 'Opérations de sécurité OMD/BRLR auxquelles la douane a participé'],
    { unit: { en: 'operations', fr: 'opérations' }, unitOne: { en: 'operation', fr: 'opération' } },
  ),
  indicator(
    'CB.ACTIVITIES',
    'count',
    [
      'WCO security capacity-building activities received',
      'Activités de renforcement des capacités de l’OMD en matière de sécurité reçues',
    ],
    { unit: { en: 'activities', fr: 'activités' }, unitOne: { en: 'activity', fr: 'activité' } },
  ),
];

const STAGES: FrameworkDocument['stages'] = [
  stage(0, ['None', 'Aucun'], ['No legal or operational basis yet.', 'Aucune base juridique ou opérationnelle.']),
  stage(1, ['Initiated', 'Amorcé'], ['Basis being drafted.', 'Base en cours d’élaboration.']),
  stage(
    2,
    ['Developing', 'En développement'],
    ['Basis in place; pilot or partial implementation.', 'Base en place ; mise en œuvre pilote ou partielle.'],
  ),
  stage(
    3,
    ['Established', 'Établi'],
    ['Nationwide and routine, with trained staff.', 'À l’échelle nationale et de routine, avec du personnel formé.'],
  ),
  stage(
    4,
    ['Advanced', 'Avancé'],
    ['Risk-managed, evaluated and shared.', 'Fondé sur la gestion des risques, évalué et partagé.'],
  ),
];

const RATING_BANDS: FrameworkDocument['ratingBands'] = [
  { code: 'initial', min: 0, name: { en: 'Initial', fr: 'Initial' } },
  { code: 'emerging', min: 20, name: { en: 'Emerging', fr: 'Émergent' } },
  { code: 'developing', min: 40, name: { en: 'Developing', fr: 'En développement' } },
  { code: 'established', min: 60, name: { en: 'Established', fr: 'Établi' } },
  { code: 'advanced', min: 80, name: { en: 'Advanced', fr: 'Avancé' } },
];

/** The framework as of `currentYear`, whose cycle is the open one. */
export function buildFramework(currentYear: number): FrameworkDocument {
  return {
    version: '1',
    resolution: {
      name: { en: 'Punta Cana Resolution', fr: 'Résolution de Punta Cana' },
      adopted: '2015-12-11',
      baselineCycle: BASELINE_CYCLE,
    },
    cycles: { first: BASELINE_CYCLE, latest: currentYear, open: currentYear },
    regions: REGIONS.map((region) => ({ code: region.code, name: { ...region.name } })),
    areas: AREAS,
    indicators: INDICATORS,
    stages: STAGES,
    ratingBands: RATING_BANDS,
  };
}

function area(code: string, [en, fr]: readonly [string, string], [enDesc, frDesc]: readonly [string, string]) {
  return { code, name: { en, fr }, description: { en: enDesc, fr: frDesc } };
}

/** The area is the code's prefix; count and currency are context, everything else is scored. */
function indicator(
  code: string,
  type: IndicatorType,
  [en, fr]: readonly [string, string],
  unit?: Unit,
): IndicatorDocument {
  const scored = type !== 'count' && type !== 'currency';
  const areaCode = code.split('.')[0] ?? code;
  const base = { code, area: areaCode, name: { en, fr }, type, scored, direction: 'up' as const };
  return unit ? { ...base, ...unit } : base;
}

function stage(
  value: 0 | 1 | 2 | 3 | 4,
  [en, fr]: readonly [string, string],
  [enDesc, frDesc]: readonly [string, string],
): FrameworkDocument['stages'][number] {
  return { value, name: { en, fr }, description: { en: enDesc, fr: frDesc } };
}

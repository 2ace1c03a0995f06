// "Members like us" as data: the domain's closest Members at the baseline (domain/peers), a row each with where
// it stands now, a small chart of their Index over time, and the Compare link that carries them as a peer group.
import { membersLikeUs, type Peer } from '@/domain/peers';
import { memberReferenceCycle } from '@/domain/ranking';
import { rating } from '@/domain/ratings';
import { INDEX_MEASURE, memberScore, memberSeries, scoresOf } from '@/domain/score-table';
import type { Dataset, Lang, Member, RatingBand } from '@/domain/types';
import { SERIES_MARKERS, seriesColor, type ChartConfig, type ChartRow } from '@/lib/chart/chart-config';
import { createI18n } from '@/lib/i18n/i18n';
import { translator } from '@/lib/i18n/messages';
import { peersMessages } from './peers-messages';

export interface PeersInput {
  readonly code: string;
  readonly lang: Lang;
}

export interface PeerRow {
  readonly code: string;
  readonly name: string;
  readonly region: string;
  readonly self: boolean;
  readonly baseline: string;
  readonly now: string;
  readonly rating: RatingBand | null;
}

export type PeersModel =
  | { readonly kind: 'none'; readonly title: string; readonly message: string }
  | {
      readonly kind: 'peers';
      readonly title: string;
      readonly lead: string;
      readonly headers: readonly string[];
      readonly rows: readonly PeerRow[];
      /** `/compare?members=…&group=…`, Compare's own link format. */
      readonly compareLink: string;
      readonly compareLabel: string;
      readonly chart: { readonly label: string; readonly summary: string; readonly config: ChartConfig };
      readonly chartRows: readonly ChartRow[];
    };

export function selectPeers(dataset: Dataset, { code, lang }: PeersInput): PeersModel {
  const t = translator(peersMessages, lang);
  const i18n = createI18n(lang);
  const table = scoresOf(dataset);
  const self = dataset.members.find((member) => member.code === code);
  const name = self ? i18n.name(self.name) : code;
  const like = membersLikeUs(table, code);
  if (!self || !like) return { kind: 'none', title: t('peers.title'), message: t('peers.none', { member: name }) };
  if (like.peers.length === 0) {
    return { kind: 'none', title: t('peers.title'), message: t('peers.noneFound', { cycle: like.cycle }) };
  }
  const regionName = (member: Member) => {
    const region = dataset.framework.regions.find((candidate) => candidate.code === member.region);
    return region ? i18n.name(region.name) : member.region;
  };
  const selfNowCycle = memberReferenceCycle(table, code);
  const selfNowValue = selfNowCycle === null ? null : memberScore(table, code, selfNowCycle, INDEX_MEASURE);
  const selfPeer: Peer = {
    member: self,
    baseline: like.baseline,
    now: selfNowCycle === null || selfNowValue === null ? null : { cycle: selfNowCycle, value: selfNowValue },
  };
  const all = [selfPeer, ...like.peers];
  const bands = dataset.framework.ratingBands;
  const rows = all.map((peer, i): PeerRow => ({
    code: peer.member.code,
    name: i18n.name(peer.member.name),
    region: regionName(peer.member),
    self: i === 0,
    baseline: i18n.fmt.score(peer.baseline),
    now: peer.now
      ? t('peers.nowValue', { value: i18n.fmt.score(peer.now.value), cycle: peer.now.cycle })
      : t('peers.noNow'),
    rating: peer.now ? rating(peer.now.value, bands) : null,
  }));
  const config: Record<string, ChartConfig[string]> = {};
  all.forEach((peer, i) => {
    config[peer.member.code] = {
      label: i18n.name(peer.member.name),
      color: seriesColor(i),
      marker: SERIES_MARKERS[i % SERIES_MARKERS.length],
      dashed: i > 0,
    };
  });
  const series = all.map((peer) => memberSeries(table, peer.member.code, INDEX_MEASURE));
  const chartRows = table.cycles.map((cycle, c): ChartRow => {
    const row: Record<string, number | null> = {};
    all.forEach((peer, i) => {
      row[peer.member.code] = series[i]?.[c]?.value ?? null;
    });
    return { ...row, cycle };
  });
  const search = new URLSearchParams({
    members: all.map((peer) => peer.member.code).join(','),
    group: t('peers.group', { member: name }),
  });
  const [first = like.cycle] = table.cycles;
  return {
    kind: 'peers',
    title: t('peers.title'),
    lead: t('peers.lead', {
      n: like.peers.length,
      member: name,
      value: i18n.fmt.score(like.baseline),
      cycle: like.cycle,
    }),
    headers: [
      t('peers.col.member'),
      t('peers.col.region'),
      t('peers.col.baseline', { cycle: like.cycle }),
      t('peers.col.now'),
      t('peers.col.rating'),
    ],
    rows,
    compareLink: `/compare?${search.toString()}`,
    compareLabel: t('peers.compare'),
    chart: {
      label: t('peers.chart', { member: name, first, last: table.cycles.at(-1) ?? like.cycle }),
      summary: t('peers.summary', {
        member: name,
        value: rows[0]?.now ?? '',
        cycle: like.cycle,
        peers: rows
          .slice(1)
          .map((row) => `${row.name} ${row.now}`)
          .join(', '),
      }),
      config,
    },
    chartRows,
  };
}

// The world atlas projected once per page load (the atlas and the projection never change), and which Member
// each shape stands for. Only the Map tab's chunk loads this, with d3-geo and the atlas.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { ISO_NUMERIC, SHAPE_BY_NAME } from './iso-numeric';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export interface Shape {
  readonly d: string;
  /** The Member the shape stands for, if any. */
  readonly member: string | undefined;
}

function shapeIndex(): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const [code, numeric] of Object.entries(ISO_NUMERIC)) index.set(numeric, code);
  for (const [code, name] of Object.entries(SHAPE_BY_NAME)) index.set(`name:${name}`, code);
  return index;
}

export const shapes: readonly Shape[] = (() => {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  // Antarctica has no Member and takes a fifth of the height.
  const drawn = collection.features.filter((item: Feature<Geometry, { name: string }>) => item.id !== '010');
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'FeatureCollection', features: drawn });
  const path = geoPath(projection);
  const members = shapeIndex();
  return drawn.map((item) => ({
    d: path(item) ?? '',
    // Shapes without an ISO numeric code (Kosovo) are found by name.
    member: item.id === undefined ? members.get(`name:${item.properties.name}`) : members.get(String(item.id)),
  }));
})();

/** Members that have a shape of their own at this scale; the others are listed beside the map. */
export const drawnMembers: ReadonlySet<string> = new Set(
  shapes.flatMap((shape) => (shape.member === undefined ? [] : [shape.member])),
);

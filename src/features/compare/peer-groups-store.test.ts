// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanGroupName, resetPeerGroups, usePeerGroups, usePeerGroupsActions } from './peer-groups-store';

afterEach(resetPeerGroups);

function useStore() {
  return { groups: usePeerGroups(), actions: usePeerGroupsActions() };
}

describe('peer groups', () => {
  it('saves a named group on the device, sorted by name', () => {
    const { result } = renderHook(useStore);
    act(() => {
      result.current.actions.peerGroupSaved({ name: 'West Africa', members: ['CIV', 'GHA'] });
      result.current.actions.peerGroupSaved({ name: 'East Africa', members: ['KEN', 'UGA', 'TZA'] });
    });
    expect(result.current.groups.map((group) => group.name)).toEqual(['East Africa', 'West Africa']);
    expect(localStorage.getItem('spd.peer-groups')).toContain('"KEN","UGA","TZA"');
  });

  it('replaces a group saved again under the same name, and deletes by name', () => {
    const { result } = renderHook(useStore);
    act(() => {
      result.current.actions.peerGroupSaved({ name: 'Peers', members: ['KEN', 'UGA'] });
      result.current.actions.peerGroupSaved({ name: '  Peers ', members: ['FRA', 'DEU'] });
    });
    expect(result.current.groups).toEqual([{ name: 'Peers', members: ['FRA', 'DEU'] }]);
    act(() => {
      result.current.actions.peerGroupDeleted('Peers');
    });
    expect(result.current.groups).toEqual([]);
  });

  it('ignores a group without a name or Members', () => {
    const { result } = renderHook(useStore);
    act(() => {
      result.current.actions.peerGroupSaved({ name: '   ', members: ['KEN'] });
      result.current.actions.peerGroupSaved({ name: 'Empty', members: [] });
    });
    expect(result.current.groups).toEqual([]);
  });

  it('cleans names: spaces collapsed, length capped', () => {
    expect(cleanGroupName('  East   Africa ')).toBe('East Africa');
    expect(cleanGroupName('x'.repeat(100))).toHaveLength(60);
  });
});

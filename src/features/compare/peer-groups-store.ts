// Named peer groups saved on this device (a preference, so persisted); the group on screen lives in the link.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export interface PeerGroup {
  readonly name: string;
  readonly members: readonly string[];
}

interface PeerGroupsState {
  groups: readonly PeerGroup[];
  actions: {
    /** Saves a group under a name; a group of the same name is replaced. */
    peerGroupSaved: (group: PeerGroup) => void;
    peerGroupDeleted: (name: string) => void;
  };
}

/** Names are for people: trimmed, collapsed, and kept short enough for a link. */
export const MAX_GROUP_NAME = 60;

export function cleanGroupName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_GROUP_NAME);
}

const usePeerGroupsStore = create<PeerGroupsState>()(
  persist(
    (set) => ({
      groups: [],
      actions: {
        peerGroupSaved: (group) => {
          const name = cleanGroupName(group.name);
          if (name === '' || group.members.length === 0) return;
          set((state) => ({
            groups: [
              ...state.groups.filter((saved) => saved.name !== name),
              { name, members: [...group.members] },
            ].sort((a, b) => a.name.localeCompare(b.name)),
          }));
        },
        peerGroupDeleted: (name) => {
          set((state) => ({ groups: state.groups.filter((saved) => saved.name !== name) }));
        },
      },
    }),
    {
      name: 'spd.peer-groups',
      version: 1,
      partialize: (state) => ({ groups: state.groups }),
    },
  ),
);

export const usePeerGroups = () => usePeerGroupsStore((state) => state.groups);
export const usePeerGroupsActions = () => usePeerGroupsStore((state) => state.actions);

/** Restores the initial state; for tests, which must not share saved groups. */
export function resetPeerGroups(): void {
  usePeerGroupsStore.setState({ groups: [] });
  localStorage.removeItem('spd.peer-groups');
}

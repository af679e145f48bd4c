// A new activity asked for from outside the Activities screen (the command palette): the screen takes the
// request when it shows, so the draft starts there exactly as from its own "+ Controller" / "+ Processor".
import { create } from 'zustand';
import type { ActivityRole } from '../../../../shared/domain';

type NewActivityRequest = {
  role: ActivityRole | null;
  request(role: ActivityRole): void;
  /** The role asked for, once: null when nothing is waiting. */
  take(): ActivityRole | null;
};

export const useNewActivityRequest = create<NewActivityRequest>((set, get) => ({
  role: null,
  request: (role) => set({ role }),
  take: () => {
    const { role } = get();
    if (role !== null) set({ role: null });
    return role;
  },
}));

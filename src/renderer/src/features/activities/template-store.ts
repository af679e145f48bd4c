// Whether the "New activity from a template" picker is open: the Activities toolbar, its empty state and
// the command palette all open it.
import { create } from 'zustand';

type TemplatePickerState = { opened: boolean; open(): void; close(): void };

export const useTemplatePicker = create<TemplatePickerState>((set) => ({
  opened: false,
  open: () => set({ opened: true }),
  close: () => set({ opened: false }),
}));

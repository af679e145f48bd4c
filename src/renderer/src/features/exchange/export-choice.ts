// The layout the export screen opens with when another screen sends the user there for one ("Gap report…"
// in Checks); taken once, so the next visit starts from the full workbook again.
import { create } from 'zustand';
import type { EXPORT_FORMATS } from '../../../../shared/ipc/contract';

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type ExportChoice = { format: ExportFormat | null; choose(format: ExportFormat): void; take(): ExportFormat };

export const useExportChoice = create<ExportChoice>((set, get) => ({
  format: null,
  choose: (format) => set({ format }),
  take: () => {
    const format = get().format ?? 'full';
    set({ format: null });
    return format;
  },
}));

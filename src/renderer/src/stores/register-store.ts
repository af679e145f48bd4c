// The open register as the UI sees it: summary, reference data, term lists, parties, activities and
// transfers, loaded through lib/api and reloaded after each write (the register is the source of truth).
import { create } from 'zustand';
import type { Party, Term, Transfer } from '../../../shared/domain';
import type { ActivityRow } from '../../../shared/ipc/activity-row';
import type { RegisterSummary } from '../../../shared/ipc/contract';
import type { ReferenceView } from '../../../shared/ipc/reference-view';
import { ApiError, call } from '../lib/api';

export type Section =
  | 'overview'
  | 'activities'
  | 'parties'
  | 'transfers'
  | 'map'
  | 'checks'
  | 'history'
  | 'organisation'
  | 'lists'
  | 'import'
  | 'export'
  | 'start';

type RegisterState = {
  status: 'loading' | 'ready' | 'failed';
  error: string | null;
  summary: RegisterSummary | null;
  reference: ReferenceView | null;
  terms: Term[];
  parties: Party[];
  /** The table's rows; the editor loads the full activity with activities:get. */
  activities: ActivityRow[];
  transfers: Transfer[];
  section: Section;
  selectedActivityId: string | null;
  selectedPartyId: string | null;
  selectedTransferId: string | null;
  /** Set by an editor with unsaved edits, so navigation can ask first. */
  dirty: boolean;
  /** The record whose history the History section shows; null for the whole register. */
  historyOf: HistoryRecord | null;
  load(): Promise<void>;
  refresh(): Promise<void>;
  go(section: Section): void;
  selectActivity(id: string | null): void;
  selectParty(id: string | null): void;
  selectTransfer(id: string | null): void;
  /**
   * Shows one record: goes to its section and selects it. Asks at most once about unsaved edits; false when
   * the user chose to keep them (nothing changes then).
   */
  openRecord(kind: RecordKind, id: string): boolean;
  setDirty(dirty: boolean): void;
  /** Goes to History, narrowed to one record (null: the whole register). */
  showHistory(record: HistoryRecord | null): void;
  /** A term Lists is to open when it next shows (set by a link to the term from elsewhere). */
  termToOpen: string | null;
  openTerm(id: string): void;
};

export type HistoryRecord = { id: string; label: string };

export type RecordKind = 'activity' | 'party' | 'transfer';
const RECORD_SECTIONS = { activity: 'activities', party: 'parties', transfer: 'transfers' } as const;

/** Asks before throwing away unsaved edits; true when it is fine to leave. */
export function confirmLeave(dirty: boolean): boolean {
  return !dirty || window.confirm('You have unsaved changes. Leave without saving them?');
}

async function readAll() {
  const [summary, terms, parties, activities, transfers] = await Promise.all([
    call('register:summary'),
    call('terms:list'),
    call('parties:list'),
    call('activities:rows'),
    call('transfers:list'),
  ]);
  return { summary, terms, parties, activities, transfers };
}

export const useRegister = create<RegisterState>((set, get) => ({
  status: 'loading',
  error: null,
  summary: null,
  reference: null,
  terms: [],
  parties: [],
  activities: [],
  transfers: [],
  section: 'activities',
  selectedActivityId: null,
  selectedPartyId: null,
  selectedTransferId: null,
  dirty: false,
  historyOf: null,
  termToOpen: null,
  async load() {
    try {
      const [reference, all] = await Promise.all([call('reference:get'), readAll()]);
      set({ status: 'ready', error: null, reference, ...all, dirty: false });
    } catch (error) {
      set({ status: 'failed', error: error instanceof ApiError ? error.message : String(error) });
    }
  },
  async refresh() {
    set(await readAll());
  },
  go(section) {
    if (section === get().section || !confirmLeave(get().dirty)) return;
    // A section reached from the sidebar or the palette shows the whole register's history.
    set({ section, dirty: false, historyOf: null });
  },
  selectActivity(id) {
    if (id === get().selectedActivityId || !confirmLeave(get().dirty)) return;
    set({ selectedActivityId: id, dirty: false });
  },
  selectParty(id) {
    if (id === get().selectedPartyId || !confirmLeave(get().dirty)) return;
    set({ selectedPartyId: id, dirty: false });
  },
  selectTransfer(id) {
    if (id === get().selectedTransferId || !confirmLeave(get().dirty)) return;
    set({ selectedTransferId: id, dirty: false });
  },
  openRecord(kind, id) {
    const section = RECORD_SECTIONS[kind];
    get().go(section);
    if (get().section !== section) return false;
    // Arrived, so nothing is unsaved any more: selecting cannot ask again.
    const select = {
      activity: get().selectActivity,
      party: get().selectParty,
      transfer: get().selectTransfer,
    };
    select[kind](id);
    return true;
  },
  setDirty(dirty) {
    if (dirty !== get().dirty) set({ dirty });
  },
  openTerm(id) {
    get().go('lists');
    if (get().section === 'lists') set({ termToOpen: id });
  },
  showHistory(record) {
    get().go('history');
    if (get().section === 'history') set({ historyOf: record });
  },
}));

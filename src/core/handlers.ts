// The register's use cases, one per channel. Every write runs in one transaction.
import type { Handlers } from './dispatch';
import {
  exportRegisterDocument,
  prepareRegisterDocument,
  writeRegisterDocument,
} from './exchange/register-document';
import { exportRegister } from './exchange/export';
import { exportJobs } from './exchange/export-jobs';
import { importJobs } from './exchange/import-jobs';
import { importFile, previewImport } from './exchange/import';
import { listRegisterActivities } from './exchange/register-copy';
import { writeKeepingCopy } from './exchange/replace-backup';
import type { Register } from './store/register';
import { recordSaves } from './record-saves';
import { referenceView } from './views/reference-view';
import { activityRows } from './views/activity-rows';
import { partyUsage } from './views/party-usage';
import { dataMap } from './views/data-map';
import { duplicateActivity } from './activities/duplicate';
import { termUsers } from './views/term-users';
import { mergeTerms } from './terms/merge';
import { checkReport } from './rules/report';
import { registerHistory } from './history';
import { markReviewed, reviewsDue } from './history/review';
import { createSnapshot, diffWithSnapshot } from './history/snapshots';
import { beforeLastChange } from './history/undo';
import { restoreDeleted } from './history/restore';
import { ActivityDraft, OrganisationFields, PartyDraft, TermDraft, TransferDraft } from '../shared/domain';

export function createHandlers(register: Register): Handlers {
  const write = register.transaction;
  const save = recordSaves(register);
  const exportJob = exportJobs();
  const importJob = importJobs();
  return {
    'register:summary': () => {
      const countries = new Set(register.transfers.countries());
      const parties = register.parties.list();
      for (const party of parties) if (party.country) countries.add(party.country);
      return {
        file: register.file,
        schemaVersion: register.schemaVersion,
        organisation: register.organisation.get(),
        counts: {
          controllerActivities: register.activities.count('controller'),
          processorActivities: register.activities.count('processor'),
          parties: parties.length,
          transfers: register.transfers.count(),
          countries: countries.size,
          terms: register.terms.list().length,
        },
        lastChangeAt: register.changes.lastChangeAt(),
      };
    },
    'register:exportDocument': () => exportRegisterDocument(register),
    'register:importDocument': ({ document, mode }) => {
      // Checked whole first: a document with problems writes nothing, not even the copy.
      const prepared = prepareRegisterDocument(register, document, mode);
      return writeKeepingCopy(register, mode === 'replace', () => writeRegisterDocument(register, prepared));
    },
    'organisation:get': () => register.organisation.get(),
    'organisation:update': save.organisation,
    'organisation:undo': () =>
      save.organisation(
        beforeLastChange(register, 'organisation', register.organisation.get().id, OrganisationFields),
      ),
    'terms:list': (query) => register.terms.list(query?.list),
    'terms:save': save.term,
    'terms:undo': ({ id }) => save.term(beforeLastChange(register, 'term', id, TermDraft)),
    'terms:delete': ({ id }) => write(() => (register.terms.delete(id), null)),
    'terms:usage': ({ list }) => register.terms.usage(list),
    'terms:users': ({ id }) => termUsers(register, id),
    'terms:merge': ({ sourceId, targetId }) => write(() => mergeTerms(register, sourceId, targetId)),
    'parties:list': () => register.parties.list(),
    'parties:get': ({ id }) => register.parties.get(id),
    'parties:save': save.party,
    'parties:undo': ({ id }) => save.party(beforeLastChange(register, 'party', id, PartyDraft)),
    'parties:delete': ({ id }) => write(() => (register.parties.delete(id), null)),
    'parties:usage': ({ id }) => partyUsage(register, id),
    'activities:list': (query) => register.activities.list(query),
    'activities:get': ({ id }) => register.activities.get(id),
    'activities:save': save.activity,
    'activities:undo': ({ id }) => save.activity(beforeLastChange(register, 'activity', id, ActivityDraft)),
    'activities:duplicate': ({ id }) => duplicateActivity(register, id),
    'activities:delete': ({ id }) => write(() => (register.activities.delete(id), null)),
    'transfers:list': (query) => register.transfers.list(query?.activityId),
    'transfers:save': save.transfer,
    'transfers:undo': ({ id }) => save.transfer(beforeLastChange(register, 'transfer', id, TransferDraft)),
    'transfers:delete': ({ id }) => write(() => (register.transfers.delete(id), null)),
    'changes:list': (query) => register.changes.list(query ?? { limit: 200 }),
    'exports:write': (request) =>
      exportJob.run((onRow, signal) => exportRegister(register, request, onRow, signal)),
    'exports:progress': () => exportJob.progress(),
    'exports:cancel': () => exportJob.cancel(),
    'imports:run': (request) =>
      importJob.run(request.dryRun, (onPhase, signal) => importFile(register, request, onPhase, signal)),
    'imports:progress': () => importJob.progress(),
    'imports:cancel': () => importJob.cancel(),
    'imports:preview': (request) => previewImport(register, request.source, request.mapping, request.format),
    'imports:registerActivities': ({ source }) => listRegisterActivities(register, source),
    'reference:get': () => referenceView(),
    'activities:rows': () => activityRows(register),
    'checks:run': (query) => checkReport(register, query),
    'history:list': (query) => registerHistory(register, query ?? { limit: 200 }),
    'history:restore': ({ changeId }) => restoreDeleted(register, changeId),
    'review:mark': ({ id, on }) => markReviewed(register, id, on),
    'review:due': (query) => reviewsDue(register, query?.on, query?.withinDays),
    'snapshots:list': () => register.snapshots.list(),
    'snapshots:create': (input) => createSnapshot(register, input),
    'snapshots:diff': ({ id }) => diffWithSnapshot(register, id),
    'map:get': (query) => dataMap(register, query ?? {}),
  };
}

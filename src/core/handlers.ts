// The register's use cases, one per channel. Every write runs in one transaction.
import type { Handlers } from './dispatch';
import { exportRegisterDocument, importRegisterDocument } from './exchange/register-document';
import { exportRegister } from './exchange/export';
import { exportJobs } from './exchange/export-jobs';
import { importJobs } from './exchange/import-jobs';
import { importFile, previewImport } from './exchange/import';
import type { Register } from './store/register';
import { assertKnownCodes } from './validate-codes';
import { referenceView } from './views/reference-view';
import { activityRows } from './views/activity-rows';
import { partyUsage } from './views/party-usage';
import { termUsers } from './views/term-users';
import { mergeTerms } from './terms/merge';
import { checkReport } from './rules/report';
import { registerHistory } from './history';
import { markReviewed, reviewsDue } from './history/review';
import { createSnapshot, diffWithSnapshot } from './history/snapshots';

export function createHandlers(register: Register): Handlers {
  const write = register.transaction;
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
    'register:importDocument': ({ document, mode }) => importRegisterDocument(register, document, mode),
    'organisation:get': () => register.organisation.get(),
    'organisation:update': (fields) => {
      assertKnownCodes({ countries: { country: fields.country } });
      return write(() => register.organisation.save(fields));
    },
    'terms:list': (query) => register.terms.list(query?.list),
    'terms:save': (term) => write(() => register.terms.save(term)),
    'terms:delete': ({ id }) => write(() => (register.terms.delete(id), null)),
    'terms:usage': ({ list }) => register.terms.usage(list),
    'terms:users': ({ id }) => termUsers(register, id),
    'terms:merge': ({ sourceId, targetId }) => write(() => mergeTerms(register, sourceId, targetId)),
    'parties:list': () => register.parties.list(),
    'parties:get': ({ id }) => register.parties.get(id),
    'parties:save': (party) => {
      assertKnownCodes({ countries: { country: party.country } });
      return write(() => register.parties.save(party));
    },
    'parties:delete': ({ id }) => write(() => (register.parties.delete(id), null)),
    'parties:usage': ({ id }) => partyUsage(register, id),
    'activities:list': (query) => register.activities.list(query),
    'activities:get': ({ id }) => register.activities.get(id),
    'activities:save': (activity) => {
      assertKnownCodes({ ukSchedule1: activity.ukSchedule1Conditions });
      return write(() => register.activities.save(activity));
    },
    'activities:delete': ({ id }) => write(() => (register.activities.delete(id), null)),
    'transfers:list': (query) => register.transfers.list(query?.activityId),
    'transfers:save': (transfer) => {
      assertKnownCodes({ countries: { country: transfer.country }, mechanism: transfer.mechanism });
      return write(() => register.transfers.save(transfer));
    },
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
    'reference:get': () => referenceView(),
    'activities:rows': () => activityRows(register),
    'checks:run': (query) => checkReport(register, query),
    'history:list': (query) => registerHistory(register, query ?? { limit: 200 }),
    'review:mark': ({ id, on }) => markReviewed(register, id, on),
    'review:due': (query) => reviewsDue(register, query?.on, query?.withinDays),
    'snapshots:list': () => register.snapshots.list(),
    'snapshots:create': (input) => createSnapshot(register, input),
    'snapshots:diff': ({ id }) => diffWithSnapshot(register, id),
  };
}

// What an import brought (or a dry run would bring), in words: the activities always, the parties, transfers
// and new terms when there are any ("3 activities, 1 party, 2 new terms").
import { counted } from '../../../../shared/counted';
import type { ImportSummary } from '../../../../shared/ipc/contract';

export function describeBrought(r: ImportSummary): string {
  const added = [
    r.parties > 0 && counted(r.parties, 'party'),
    r.transfers > 0 && counted(r.transfers, 'transfer'),
    r.terms > 0 && counted(r.terms, 'new term'),
  ].filter((part): part is string => part !== false);
  return [counted(r.activities, 'activity'), ...added].join(', ');
}

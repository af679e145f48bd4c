// Editor sections ③–⑨ (people and data to review). Memoised, so the editor can show them one frame behind
// the identity and purposes when another activity opens (see useLaterSections).
import { memo, useEffect, useRef, useState } from 'react';
import { ActivityTransfers } from '../transfers/TransferForm';
import type { EditorSection as SectionKey, SectionStatus } from './completeness';
import { PeopleDataSection, RecipientsSection } from './DataRecipients';
import { EditorSection } from './EditorSection';
import { DpiaSection, RetentionSection, ReviewSection, SecuritySection } from './RetentionSecurity';
import type { ActivityDraftState, FieldErrors, UpdateDraft } from './draft';

export type LaterSectionsProps = {
  draft: ActivityDraftState;
  update: UpdateDraft;
  errors: FieldErrors;
  statuses: Record<SectionKey, SectionStatus> | null;
};

export const LaterSections = memo(function LaterSections({
  draft,
  update,
  errors,
  statuses,
}: LaterSectionsProps) {
  const props = { draft, update, errors };
  const status = (key: SectionKey) => statuses?.[key] ?? null;
  return (
    <>
      <EditorSection n={3} title="People & data" status={status('people')}>
        <PeopleDataSection {...props} />
      </EditorSection>
      <EditorSection
        n={4}
        title={draft.role === 'controller' ? 'Recipients' : 'Clients & sub-processors'}
        status={status('recipients')}
      >
        <RecipientsSection {...props} />
      </EditorSection>
      <EditorSection n={5} title="Transfers" status={status('transfers')}>
        {/* Its new-transfer form belongs to one activity: a fresh one for each. */}
        <ActivityTransfers
          key={draft.id ?? 'new'}
          activityId={draft.id}
          role={draft.role}
          links={draft.parties}
        />
      </EditorSection>
      <EditorSection n={6} title="Retention" status={status('retention')}>
        <RetentionSection {...props} />
      </EditorSection>
      <EditorSection n={7} title="Security" status={status('security')}>
        <SecuritySection {...props} />
      </EditorSection>
      <EditorSection n={8} title="DPIA screening" status={status('dpia')}>
        <DpiaSection {...props} />
      </EditorSection>
      <EditorSection n={9} title="Review" status={status('review')}>
        <ReviewSection {...props} />
      </EditorSection>
    </>
  );
});

/**
 * The props sections ③–⑨ are drawn with, and whether they are still those of the previous activity.
 * Opening an activity shows its identity and purposes in the first frame; the later sections (the bulk of
 * the editor's controls) follow in the next task, dimmed meanwhile. On the editor's first mount they are
 * simply not there for that frame. Edits within one activity are never deferred.
 */
export function useLaterSections(fresh: LaterSectionsProps): {
  props: LaterSectionsProps | null;
  stale: boolean;
} {
  const key = fresh.draft.id ?? 'new';
  const [shownFor, setShownFor] = useState<string | null>(null);
  const shown = useRef<LaterSectionsProps | null>(null);
  if (shownFor === key) shown.current = fresh;
  useEffect(() => {
    if (shownFor === key) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShownFor(key), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [key, shownFor]);
  return { props: shown.current, stale: shownFor !== key };
}

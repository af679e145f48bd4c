// "Merge into…": folds a duplicate ("Email") into the term kept ("E-mail address"). Every activity using
// the duplicate then uses the kept term, and the duplicate is deleted; the confirmation says so first.
import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { SPECIAL_KIND_NAMES, type Term } from '../../../../shared/domain';
import { counted } from '../../../../shared/counted';
import type { TermMergeResult, TermUsage } from '../../../../shared/ipc/contract';
import { call } from '../../lib/api';
import { SPECIAL_MARKS } from '../../lib/labels';

/** The term to merge away, as stored, with the number of activities using it. */
type MergedTerm = Pick<TermUsage, 'id' | 'label' | 'special' | 'usedBy'>;

type Props = {
  term: MergedTerm;
  /** The other terms of the same list, the ones it can be merged into. */
  others: TermUsage[];
  /** Unsaved edits would be lost with the merged term: save or undo them first. */
  disabled: boolean;
  onMerged(result: TermMergeResult): void;
  onFailed(message: string): void;
};

/** What the confirmation says will happen, in the user's words. */
export function mergeQuestion(source: MergedTerm, target: Term): string {
  const lines = [
    `Merge "${source.label}" into "${target.label}"?`,
    `${counted(source.usedBy, 'activity')} using "${source.label}" will use "${target.label}" instead, and "${source.label}" will be deleted.`,
  ];
  if (source.special && !target.special) {
    lines.push(
      `"${target.label}" will be marked ${SPECIAL_KIND_NAMES[source.special]}, as "${source.label}" is.`,
    );
  }
  return lines.join('\n\n');
}

export function MergeTerm({ term, others, disabled, onMerged, onFailed }: Props) {
  const [targetId, setTargetId] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);
  const target = others.find((t) => t.id === targetId);
  const merge = async () => {
    if (!target || !window.confirm(mergeQuestion(term, target))) return;
    setMerging(true);
    try {
      onMerged(await call('terms:merge', { sourceId: term.id, targetId: target.id }));
    } catch (error) {
      onFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setMerging(false);
    }
  };
  return (
    <Group gap="xs" align="flex-end">
      <Select
        size="xs"
        label="Merge into…"
        description="For a duplicate: its activities move to the term you pick, then it is deleted."
        placeholder="The term to keep"
        searchable
        data={others.map((t) => ({
          value: t.id,
          label: t.special ? `${t.label} (${SPECIAL_MARKS[t.special]})` : t.label,
        }))}
        value={targetId}
        onChange={setTargetId}
        style={{ flex: 1 }}
      />
      <Button
        size="xs"
        variant="light"
        disabled={!target || disabled}
        loading={merging}
        onClick={() => void merge()}
      >
        Merge
      </Button>
    </Group>
  );
}

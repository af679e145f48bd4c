// Starting a draft from a template takes a moment (missing terms are added first): which template is being
// started, and why it could not be, for the picker and the empty register's starters alike.
import { useState } from 'react';
import type { ActivityTemplate } from '../../../../shared/activity-templates';

export function useTemplateStart(onPick: (template: ActivityTemplate) => Promise<void>) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Starts the draft; true once it is there. */
  const start = async (template: ActivityTemplate): Promise<boolean> => {
    setBusy(template.id);
    setError(null);
    try {
      await onPick(template);
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, start };
}

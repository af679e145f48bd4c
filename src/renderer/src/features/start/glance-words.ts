// A recent register at a glance, in words: "12 activities · 3 errors, 5 warnings · 2 reviews due · changed …".
import { counted } from '../../../../shared/counted';
import { describeCounts } from '../../../../shared/finding-words';
import type { AppOutputs } from '../../../../shared/ipc/app-contract';

type Glance = AppOutputs['app:glanceRecent'];

export function describeGlance(glance: Glance): string {
  if ('problem' in glance) return glance.problem;
  const findings =
    glance.errors + glance.warnings === 0
      ? 'no gaps found'
      : describeCounts({ error: glance.errors, warning: glance.warnings, info: 0 });
  return [
    counted(glance.activities, 'activity'),
    findings,
    glance.reviewsDue > 0 ? `${counted(glance.reviewsDue, 'review')} due` : null,
    glance.lastChangeAt ? `changed ${glance.lastChangeAt.slice(0, 10)}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

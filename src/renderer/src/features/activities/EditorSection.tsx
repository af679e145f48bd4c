// One section of the activity editor: its number, title and completeness dot, then what the checks say
// about it (so the gap is named where it is fixed), then the fields.
import { memo, type ReactNode } from 'react';
import type { SectionState, SectionStatus } from './completeness';

const DOT_COLOR: Record<SectionState, string> = {
  complete: 'var(--mantine-color-teal-6)',
  warning: 'var(--mantine-color-orange-5)',
  error: 'var(--mantine-color-red-6)',
};
const SEVERITY_COLOR = {
  error: 'var(--mantine-color-red-text)',
  warning: 'var(--mantine-color-orange-text)',
  info: 'var(--mantine-color-dimmed)',
} as const;

function describe(status: SectionStatus | null): string {
  if (!status) return 'Not checked yet: the checks run when the activity is saved';
  const count = (severity: 'error' | 'warning') =>
    status.findings.filter((f) => f.severity === severity).length;
  if (status.state === 'error') return `${count('error')} error(s) to fix`;
  if (status.state === 'warning') return `Missing something: ${count('warning')} warning(s)`;
  return 'Complete';
}

/** The dot itself: green complete, amber missing something, red error; grey before the first check. */
export const CompletenessDot = memo(function CompletenessDot({ status }: { status: SectionStatus | null }) {
  const label = describe(status);
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      data-testid="section-dot"
      data-state={status?.state ?? 'unchecked'}
      style={{
        display: 'inline-block',
        width: '0.55rem',
        height: '0.55rem',
        borderRadius: '50%',
        marginLeft: '0.4rem',
        verticalAlign: 'middle',
        background: status ? DOT_COLOR[status.state] : 'var(--mantine-color-gray-4)',
      }}
    />
  );
});

type Props = { n: number; title: string; status: SectionStatus | null; children: ReactNode };

export function EditorSection({ n, title, status, children }: Props) {
  return (
    <section className="editor-section" aria-labelledby={`section-${n}-title`} id={`section-${n}`}>
      {/* Focusable from code: the section bar puts the focus here, and Tab goes on into the fields. */}
      <h3 id={`section-${n}-title`} tabIndex={-1}>
        <span className="section-number">{n}</span> {title}
        <CompletenessDot status={status} />
      </h3>
      {status && status.findings.length > 0 && (
        <ul
          data-testid="section-findings"
          style={{ margin: '0 0 0.4rem', paddingLeft: '1.1rem', fontSize: 'var(--mantine-font-size-xs)' }}
        >
          {status.findings.map((f, i) => (
            <li key={`${f.ruleId}-${i}`} style={{ color: SEVERITY_COLOR[f.severity] }}>
              {f.message} <span className="muted">({f.article})</span>
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}

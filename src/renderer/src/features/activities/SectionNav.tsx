// The activity's sections in one row under its header (UI.md: ① Identity ② Purposes & bases …), each with
// its completeness dot, so the gaps of a long activity are seen without scrolling and a click goes to one.
// The section being read is marked, which also says where one is in the editor.
import { memo, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ActivityRole } from '../../../../shared/domain/codes';
import { EDITOR_SECTIONS, type EditorSection, type SectionStatus } from './completeness';
import { CompletenessDot } from './EditorSection';

/** Short names for the row; the section's own heading gives the full one. */
function shortTitle(section: EditorSection, role: ActivityRole): string {
  switch (section) {
    case 'identity':
      return 'Identity';
    case 'purposes':
      return role === 'controller' ? 'Purposes' : 'Processing';
    case 'people':
      return 'People & data';
    case 'recipients':
      return role === 'controller' ? 'Recipients' : 'Clients';
    case 'transfers':
      return 'Transfers';
    case 'retention':
      return 'Retention';
    case 'security':
      return 'Security';
    case 'dpia':
      return 'DPIA';
    case 'review':
      return 'Review';
  }
}

/** A section counts as being read once its top has reached the top of the scroller (give or take a line). */
const READING_LINE = 24;

/**
 * The number (1–9) of the section at the top of the scroller, followed as it scrolls, and a way to go to a
 * section. The last sections are short and cannot reach the top: one gone to is kept as the one being read
 * while the scroller stays at its end.
 */
function useSectionInView(scroller: RefObject<HTMLElement | null>): [number, (n: number) => void] {
  const [current, setCurrent] = useState(1);
  const goneTo = useRef<number | null>(null);
  useEffect(() => {
    const host = scroller.current;
    if (!host) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const top = host.getBoundingClientRect().top + READING_LINE;
      let n = 1;
      for (let i = 2; i <= EDITOR_SECTIONS.length; i++) {
        const section = host.querySelector(`#section-${i}`);
        if (section && section.getBoundingClientRect().top <= top) n = i;
      }
      const atEnd = host.scrollTop + host.clientHeight >= host.scrollHeight - 2;
      if (!atEnd) goneTo.current = null;
      setCurrent(Math.max(n, goneTo.current ?? 0));
    };
    // At most once a frame, however fast the wheel turns.
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    host.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      host.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [scroller]);

  // Scrolls to the section and puts the focus on its heading, so Tab goes on into its fields.
  const goTo = useCallback(
    (n: number) => {
      const heading = scroller.current?.querySelector<HTMLElement>(`#section-${n}-title`);
      if (!heading) return;
      goneTo.current = n;
      setCurrent(n);
      heading.closest('section')?.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    },
    [scroller],
  );
  return [current, goTo];
}

type Props = {
  role: ActivityRole;
  statuses: Record<EditorSection, SectionStatus> | null;
  scroller: RefObject<HTMLElement | null>;
};

export const SectionNav = memo(function SectionNav({ role, statuses, scroller }: Props) {
  const [current, goTo] = useSectionInView(scroller);
  return (
    <nav className="section-nav" aria-label="Go to a section of this activity">
      {EDITOR_SECTIONS.map((section, i) => (
        <button
          key={section}
          type="button"
          aria-current={current === i + 1 ? 'location' : undefined}
          onClick={() => goTo(i + 1)}
        >
          <span className="section-number">{i + 1}</span> {shortTitle(section, role)}
          <CompletenessDot status={statuses?.[section] ?? null} />
        </button>
      ))}
    </nav>
  );
});

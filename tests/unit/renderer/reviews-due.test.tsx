// @vitest-environment jsdom
// The Overview's reviews over a real register: overdue, due soon and never reviewed are listed (a review
// far ahead is not), and "Mark reviewed" records today's review with the next one a review interval on.
import './support/dom-shims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { ReviewsDue } from '../../../src/renderer/src/features/overview/ReviewsDue';
import { openRegister, renderUi } from './support/render';

const day = (offset: number, from = new Date()) =>
  new Date(from.getTime() + offset * 86_400_000).toLocaleDateString('en-CA');

describe('the reviews due on the Overview', () => {
  it('lists overdue, due soon and never reviewed activities, and marks one reviewed today', async () => {
    const bridge = await openRegister(({ register }) => {
      const reviewed = (reference: string, name: string, next: string) =>
        register.activities.save({
          ...blankActivity('controller', reference),
          name,
          lastReviewedAt: day(-300),
          nextReviewAt: next,
        });
      reviewed('HR-01', 'Payroll', day(-3));
      reviewed('MK-01', 'Newsletter', day(10));
      reviewed('IT-01', 'Backups', day(90));
      register.activities.save({ ...blankActivity('controller', 'CS-01'), name: 'Support desk' });
    });
    renderUi(<ReviewsDue />);
    await waitFor(() => expect(screen.queryAllByTestId('review-due-row')).toHaveLength(3));
    expect(screen.getAllByTestId('review-due-row').map((r) => r.textContent)).toEqual([
      `HR-01 PayrollOverdue${day(-3)}Mark reviewed`,
      `MK-01 NewsletterDue soon${day(10)}Mark reviewed`,
      'CS-01 Support deskNever reviewed—Mark reviewed',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Mark reviewed today: HR-01' }));
    await waitFor(() => expect(screen.queryAllByTestId('review-due-row')).toHaveLength(2));
    const payroll = bridge.register.activities.list().find((a) => a.reference === 'HR-01')!;
    expect(payroll.lastReviewedAt).toBe(day(0));
    // The register's default review interval is 12 months.
    const next = new Date();
    next.setFullYear(next.getFullYear() + 1);
    expect(payroll.nextReviewAt?.slice(0, 7)).toBe(next.toLocaleDateString('en-CA').slice(0, 7));
  });

  it('says when no review is due', async () => {
    await openRegister();
    renderUi(<ReviewsDue />);
    expect(await screen.findByText('No review is due in the next 30 days.')).toBeTruthy();
  });
});

// Starting from a template and seeing the gaps: a DPO picks "CCTV" from the command palette, saves it, and
// the editor's section dots and the count beside Checks show what the real rules engine says about it;
// the section bar above them goes to a section and marks the one being read; a finding clicked in Checks
// opens the activity at its section, and fixing the gap turns its dot green.
import { expect, test, type Page } from '@playwright/test';
import { checkReport } from '../../src/core/rules/report';
import { blankActivity } from '../../src/renderer/src/features/activities/draft';
import { describeCounts } from '../../src/shared/finding-words';
import { APP_ORIGIN, startHarness, type Harness } from './harness';
import { field, pick, saveEditor, screenshot, section } from './helpers';

let harness: Harness;

test.afterEach(() => harness?.close());

const dot = (page: Page, n: number) => page.locator(`#section-${n}-title [data-testid=section-dot]`);

test('a template fills a draft, and the dots show where its gaps are', async ({ page }) => {
  harness = await startHarness(page, 'Acme Widgets Ltd');
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${APP_ORIGIN}/`);
  // The empty register offers the common activities at once, and the picker with what each fills in.
  const starters = page.getByTestId('starter-activities');
  await expect(starters.getByRole('button', { name: 'Payroll' })).toBeVisible();
  await expect(starters.getByRole('button', { name: 'What each fills in…' })).toBeVisible();

  await page.keyboard.press('Control+k');
  await page.getByLabel('Command palette').fill('template');
  await page.keyboard.press('Enter');
  const picker = page.getByTestId('template-picker');
  await expect(picker.getByTestId('template-option')).toHaveCount(8);
  await page.waitForTimeout(300); // the modal's fade-in, so the screenshot shows it as a person sees it
  await screenshot(page, 'template-picker');
  await picker.getByRole('button', { name: 'Start from the CCTV at our premises template' }).click();

  const editor = page.getByTestId('activity-editor');
  await expect(field(editor, 'Reference')).toHaveValue('FA-001');
  await expect(field(editor, 'Name')).toHaveValue('CCTV at our premises');
  await expect(field(editor, 'Legitimate interest pursued')).toHaveValue(/Keeping staff, visitors/);
  // Before the first save there is nothing checked yet.
  await expect(dot(page, 2)).toHaveAttribute('data-state', 'unchecked');
  await saveEditor(page, editor);

  // The dots are the rules engine's: no LIA on record (purposes), no security measures; the rest is filled.
  const states = [
    'complete',
    'warning',
    'complete',
    'complete',
    'complete',
    'complete',
    'warning',
    'complete',
    'complete',
  ];
  for (const [i, state] of states.entries())
    await expect(dot(page, i + 1)).toHaveAttribute('data-state', state);
  await expect(editor.locator('#section-2')).toContainText('no balancing test (LIA) on record');
  const { counts } = checkReport(harness.register());
  await expect(page.getByTestId('check-error-count')).toHaveText(`⚠ ${counts.error}`);
  await screenshot(page, 'template-cctv-dots');

  // The section bar under the header shows the same dots; a click goes to the section (even the last ones,
  // too short to reach the top), marks it as the one being read and puts the focus on its heading.
  const bar = editor.getByRole('navigation', { name: 'Go to a section of this activity' });
  for (const [i, state] of states.entries())
    await expect(bar.getByRole('button').nth(i).getByTestId('section-dot')).toHaveAttribute(
      'data-state',
      state,
    );
  const barButton = (name: RegExp) => bar.getByRole('button', { name });
  await expect(barButton(/^1 Identity/)).toHaveAttribute('aria-current', 'location');
  await barButton(/^9 Review/).click();
  await expect(editor.locator('#section-9')).toBeInViewport();
  await expect(editor.locator('#section-9-title')).toBeFocused();
  await expect(barButton(/^9 Review/)).toHaveAttribute('aria-current', 'location');
  await expect(barButton(/^1 Identity/)).not.toHaveAttribute('aria-current', 'location');
  await barButton(/^3 People/).click();
  await expect(editor.locator('#section-3-title')).toBeInViewport();
  await expect(editor.locator('#section-1-title')).not.toBeInViewport();
  await expect(barButton(/^3 People/)).toHaveAttribute('aria-current', 'location');
  // Scrolling by hand moves the mark too.
  await editor.locator('#section-6').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(barButton(/^6 Retention/)).toHaveAttribute('aria-current', 'location');
  await screenshot(page, 'section-bar');

  // A finding clicked in Checks opens the activity at the section concerned, below the fold.
  await section(page, 'Checks');
  await page.getByTestId('finding').filter({ hasText: 'No technical or organisational security' }).click();
  await expect(field(editor, 'Reference')).toHaveValue('FA-001');
  await expect(editor.locator('#section-7')).toBeInViewport();
  await expect(editor.locator('#section-1')).not.toBeInViewport();

  // Fixing the gap turns its dot green once saved.
  await pick(
    page,
    field(editor, 'Technical and organisational security measures'),
    'Access control',
    'Access',
  );
  await expect(dot(page, 7)).toHaveAttribute('data-state', 'warning');
  await saveEditor(page, editor);
  await expect(dot(page, 7)).toHaveAttribute('data-state', 'complete');
  await expect(page.getByTestId('check-error-count')).toHaveText(
    `⚠ ${checkReport(harness.register()).counts.error}`,
  );
  expect(harness.requests.every((url) => url.startsWith(APP_ORIGIN))).toBe(true);
});

test('the activities table counts each activity’s gaps, sorts the most to fix first, and follows a fix', async ({
  page,
}) => {
  harness = await startHarness(page, 'Acme Widgets Ltd');
  const register = harness.register();
  register.activities.save({
    ...blankActivity('controller', 'HR-01'),
    name: 'Payroll',
    dataSubjectIds: [register.terms.list('data-subject')[0]!.id],
    personalDataIds: [register.terms.list('personal-data').find((t) => t.special === null)!.id],
    purposes: [
      {
        termId: null,
        description: 'Pay staff',
        lawfulBasis: 'art6-1-b',
        legitimateInterest: '',
        liaReference: '',
        lawReference: '',
      },
    ],
  });
  // No purpose and so no lawful basis: errors.
  register.activities.save({ ...blankActivity('controller', 'HR-02'), name: 'Recruitment' });
  await page.goto(`${APP_ORIGIN}/`);
  await section(page, 'Activities');

  const byActivity = checkReport(register, { limit: 0, perActivity: true }).byActivity!;
  const [payroll, recruitment] = register.activities.list();
  const gaps = (reference: string) =>
    page.getByTestId('activity-row').filter({ hasText: reference }).getByTestId('activity-gaps');
  await expect(gaps('HR-01')).toHaveAttribute('aria-label', describeCounts(byActivity[payroll!.id]!));
  await expect(gaps('HR-01')).toHaveAttribute('data-state', 'warning');
  await expect(gaps('HR-02')).toHaveAttribute('aria-label', describeCounts(byActivity[recruitment!.id]!));
  await expect(gaps('HR-02')).toHaveAttribute('data-state', 'error');

  // Sorted by gaps, the activity with errors comes first; again, the other way.
  const order = () => page.getByTestId('activity-row').locator('[role=cell].mono').allTextContents();
  await page.getByRole('columnheader', { name: 'Gaps' }).click();
  await expect.poll(order).toEqual(['HR-02', 'HR-01']);
  await screenshot(page, 'activities-gaps');
  await page.getByRole('columnheader', { name: /Gaps/ }).click();
  await expect.poll(order).toEqual(['HR-01', 'HR-02']);

  // The DPO gives Recruitment its purpose and lawful basis: once saved, the table counts one error fewer.
  await page.getByTestId('activity-row').filter({ hasText: 'HR-02' }).click();
  const editor = page.getByTestId('activity-editor');
  await editor.getByRole('button', { name: '+ Add purpose' }).click();
  await field(editor, 'Purpose 1').fill('Hire staff');
  await pick(page, field(editor, 'Lawful basis of purpose 1'), 'Contract');
  await saveEditor(page, editor);
  const after = checkReport(register, { limit: 0, perActivity: true }).byActivity![recruitment!.id]!;
  expect(after.error).toBe(byActivity[recruitment!.id]!.error - 1);
  await expect(gaps('HR-02')).toHaveAttribute('aria-label', describeCounts(after));
});

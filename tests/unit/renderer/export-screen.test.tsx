// @vitest-environment jsdom
// The export screen over a real register: the "as at" date reaches the export (the cover says so and the
// activities added since are left out), and a day still to come is refused before anything is written.
import './support/dom-shims';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { asAtProblem, ExportScreen } from '../../../src/renderer/src/features/exchange/ExportScreen';
import { ExportRunning } from '../../../src/renderer/src/features/exchange/ExportRunning';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { openRegister, renderUi, typeInto } from './support/render';

const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA');

async function coverValue(file: string, label: string): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  let value: unknown;
  workbook.getWorksheet('Cover')?.eachRow((row) => {
    if (row.getCell(1).value === label) value = row.getCell(2).value;
  });
  return value;
}

/** The Export screen while it is the section shown, as App draws it. */
function ExportWhenShown() {
  const section = useRegister((s) => s.section);
  return section === 'export' ? <ExportScreen /> : null;
}

describe('asAtProblem', () => {
  it('accepts no date, today and a past day; refuses a day to come and a malformed date', () => {
    expect(asAtProblem('', '2026-11-23')).toBeNull();
    expect(asAtProblem('2026-11-23', '2026-11-23')).toBeNull();
    expect(asAtProblem('2025-03-31', '2026-11-23')).toBeNull();
    expect(asAtProblem('2026-11-24', '2026-11-23')).toMatch(/still to come/);
    expect(asAtProblem('31/03/2025', '2026-11-23')).toBe('a date, YYYY-MM-DD');
  });
});

describe('the export screen', () => {
  it('writes the gap report under its own name, with the findings the checks give', async () => {
    const bridge = await openRegister(({ register }) => {
      register.activities.save({
        ...blankActivity('controller', 'HR-01'),
        name: 'Payroll',
        department: 'HR',
      });
    });
    renderUi(<ExportScreen />);
    fireEvent.click(screen.getByLabelText('Layout'));
    fireEvent.click(await screen.findByRole('option', { name: /^Gap report/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));

    const done = await screen.findByTestId('export-done');
    expect(done.textContent).toContain('Exported 1 activity to acme-widgets-ltd-gaps.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(path.dirname(bridge.register.file), 'acme-widgets-ltd-gaps.xlsx'));
    const gaps = workbook.getWorksheet('Gaps')!;
    const checked = await window.api['checks:run']({ limit: 0 });
    if (!checked.ok) throw new Error(checked.error.message);
    const { counts } = checked.value;
    expect(gaps.rowCount - 1).toBe(counts.error + counts.warning + counts.info);
    const references = new Set<unknown>();
    gaps.eachRow((row, n) => n > 1 && references.add(row.getCell(3).value));
    expect(references).toContain('HR-01');
  });

  it('exports the register as at a past day: the cover names the day, later activities are not in it', async () => {
    const bridge = await openRegister(({ register }) => {
      register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
    });
    renderUi(<ExportScreen />);
    const yesterday = dayOffset(-1);
    typeInto(screen.getByLabelText('As at'), yesterday);
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));

    const done = await screen.findByTestId('export-done');
    expect(done.textContent).toContain('Exported 0 activities to acme-widgets-ltd-article30.xlsx');
    const file = path.join(path.dirname(bridge.register.file), 'acme-widgets-ltd-article30.xlsx');
    expect(await coverValue(file, 'As at')).toBe(yesterday);
    expect(bridge.calls.find((c) => c.channel === 'exports:write')?.input).toMatchObject({
      format: 'full',
      filters: { asAt: yesterday },
    });

    typeInto(screen.getByLabelText('As at'), '');
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    await waitFor(() =>
      expect(screen.getByTestId('export-done').textContent).toContain('Exported 1 activity to'),
    );
    expect(await coverValue(file, 'As at')).toBe('the date of export');
  });

  it('refuses a day still to come at the field, and sends nothing', async () => {
    const bridge = await openRegister();
    renderUi(<ExportScreen />);
    typeInto(screen.getByLabelText('As at'), dayOffset(2));
    expect(await screen.findByText(/still to come/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export…' }).hasAttribute('disabled')).toBe(true);
    expect(bridge.calls.some((c) => c.channel === 'exports:write')).toBe(false);
  });

  it('follows a long export and cancels it: the work in progress is shown, and nothing is written', async () => {
    const bridge = await openRegister(({ register }) =>
      register.transaction(() => {
        for (let i = 1; i <= 4_000; i++)
          register.activities.save({ ...blankActivity('controller', `A-${i}`), name: `Activity ${i}` });
      }),
    );
    renderUi(<ExportScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    // Cancelled as soon as the progress shows (reading and checking, or rows written): an export of 4,000
    // activities takes well over the moment this takes, however fast the machine, so the cancel always
    // lands while it runs. (Waiting for a row count instead made the test a race with the export's speed.)
    const progress = await screen.findByTestId('export-progress');
    expect(progress.textContent).toMatch(/Reading and checking the register…|[\d,]+ rows written…/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    // The export stops at its next row, then removes its temporary file: on a busy machine (the full suite
    // runs files side by side) that can take longer than findBy's default second.
    expect((await screen.findByTestId('export-cancelled', {}, { timeout: 5000 })).textContent).toMatch(
      /cancelled\. Nothing was written/,
    );
    expect(screen.getAllByRole('alert')).toHaveLength(1); // the cancel notice, no error
    expect(screen.queryByTestId('export-done')).toBeNull();
    const dir = path.dirname(bridge.register.file);
    expect(fs.readdirSync(dir).filter((f) => f.includes('article30'))).toEqual([]);
    expect(bridge.calls.some((c) => c.channel === 'exports:cancel')).toBe(true);
  });

  it('goes on while the user looks elsewhere, and shows its outcome on coming back', async () => {
    const bridge = await openRegister(({ register }) => {
      register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
    });
    const gate = bridge.hold('exports:write');
    useRegister.setState({ section: 'export' });
    renderUi(
      <>
        <ExportRunning />
        <ExportWhenShown />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    expect(await screen.findByTestId('export-progress')).toBeTruthy();
    // The user goes elsewhere: the screen is gone, the sidebar still says an export runs.
    act(() => useRegister.setState({ section: 'overview' }));
    expect(screen.queryByTestId('export-screen')).toBeNull();
    expect(screen.getByTestId('export-running')).toBeTruthy();
    gate.release();
    await waitFor(() => expect(screen.queryByTestId('export-running')).toBeNull());
    // Back on Export: what the export did is there.
    act(() => useRegister.setState({ section: 'export' }));
    expect(screen.getByTestId('export-done').textContent).toContain(
      'Exported 1 activity to acme-widgets-ltd-article30.xlsx',
    );
    expect(
      fs.existsSync(path.join(path.dirname(bridge.register.file), 'acme-widgets-ltd-article30.xlsx')),
    ).toBe(true);
  });
});

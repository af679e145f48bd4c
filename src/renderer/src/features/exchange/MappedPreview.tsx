// What a mapped import would record: the first rows as Ropa reads them, the terms it would add to the
// lists, and every problem with its row and column.
import { Alert, Table, Text } from '@mantine/core';
import type { ImportPreview } from '../../../../shared/ipc/contract';
import { TERM_LIST_LABELS } from '../../lib/labels';
import { useRegister } from '../../stores/register-store';
import { warningTexts, type PlacedIssue } from './import-issues';

/** Enough to see what is wrong without drowning the screen; the count says how many there are. */
const SHOWN_ISSUES = 200;

function termListLabel(list: string): string {
  return (TERM_LIST_LABELS as Record<string, string>)[list] ?? list;
}

export function MappedPreview({ preview, issues }: { preview: ImportPreview; issues: PlacedIssue[] }) {
  const bases = useRegister((s) => s.reference?.lawfulBases);
  // The preview writes each purpose as "text (art6-1-b)": show the basis as the editor names it.
  const purpose = (text: string) =>
    text.replace(/\(([a-z0-9-]+)\)$/, (whole, id: string) => {
      const basis = bases?.find((b) => b.id === id);
      return basis ? `(${basis.shortLabel})` : whole;
    });
  const byList = new Map<string, string[]>();
  for (const term of preview.newTerms) byList.set(term.list, [...(byList.get(term.list) ?? []), term.label]);
  return (
    <>
      <div>
        <Text size="sm" fw={600}>
          Preview
        </Text>
        <Text size="xs" c="dimmed" data-testid="preview-count">
          {preview.total === 0
            ? 'The file has no rows to import.'
            : `The first ${preview.rows.length} of ${preview.total} ${preview.total === 1 ? 'activity' : 'activities'}, as Ropa will record them.`}
        </Text>
      </div>
      {preview.rows.length > 0 && (
        <Table withTableBorder verticalSpacing={2} fz="xs" data-testid="preview-rows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Reference</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Purposes (lawful basis)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((row, i) => (
              <Table.Tr key={i} data-testid="preview-row">
                <Table.Td className="mono">{row.reference || <span className="muted">—</span>}</Table.Td>
                <Table.Td>{row.name || <span className="muted">—</span>}</Table.Td>
                <Table.Td>{row.role}</Table.Td>
                <Table.Td>{row.purposes.map(purpose).join('; ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {byList.size > 0 && (
        <div data-testid="new-terms">
          <Text size="xs" fw={600}>
            New terms added to the lists
          </Text>
          {[...byList].map(([list, labels]) => (
            <Text size="xs" key={list}>
              <span className="muted">{termListLabel(list)}:</span> {labels.join(', ')}
            </Text>
          ))}
        </div>
      )}
      {warningTexts(preview.warnings).length > 0 && (
        <Alert color="yellow" p="xs" title="Worth checking" data-testid="preview-warnings">
          {warningTexts(preview.warnings).map((w, i) => (
            <Text size="xs" key={i}>
              {w}
            </Text>
          ))}
        </Alert>
      )}
      {issues.length > 0 && (
        <Alert
          color="red"
          p="xs"
          title={`${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}: nothing can be imported until ${issues.length === 1 ? 'it is' : 'they are'} fixed in the file or the mapping`}
          data-testid="mapping-issues"
        >
          <Table verticalSpacing={2} fz="xs" className="issue-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="3.5rem">Row</Table.Th>
                <Table.Th w="30%">Column</Table.Th>
                <Table.Th>Problem</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
                <Table.Tr key={i} data-testid="mapping-issue">
                  <Table.Td className="mono">{issue.row ?? ''}</Table.Td>
                  <Table.Td className="break">{issue.column ?? ''}</Table.Td>
                  <Table.Td>{issue.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {issues.length > SHOWN_ISSUES && (
            <Text size="xs" mt={4}>
              … and {issues.length - SHOWN_ISSUES} more.
            </Text>
          )}
        </Alert>
      )}
    </>
  );
}

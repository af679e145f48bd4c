// Where the record has gaps, provision by provision (the same tally the workbook's cover gives the
// regulator); each line opens Checks narrowed to that provision.
import { Anchor, Stack, Table, Text } from '@mantine/core';
import type { ArticleCounts } from '../../../../shared/domain/finding';
import { useRegister } from '../../stores/register-store';
import { describeCounts } from '../../../../shared/finding-words';
import { useChecks } from '../checks/checks-store';

/** Goes to Checks showing only that provision (unless the user chose to stay with unsaved edits). */
function openChecks(article: string): void {
  useRegister.getState().go('checks');
  if (useRegister.getState().section === 'checks')
    useChecks.getState().setFilter({ article, severity: null });
}

export function GapsByProvision({ byArticle }: { byArticle: ArticleCounts[] }) {
  return (
    <Stack gap={4} data-testid="gaps-by-provision">
      <Text fw={600} size="sm">
        Gaps by provision
      </Text>
      {byArticle.length === 0 ? (
        <Text size="xs" c="dimmed">
          The checks find no gap in the record.
        </Text>
      ) : (
        <Table fz="xs" verticalSpacing={2} aria-label="Gaps by provision" maw={640}>
          <Table.Tbody>
            {byArticle.map(({ article, counts }) => (
              <Table.Tr key={article}>
                <Table.Td w={180}>
                  <Anchor size="xs" component="button" onClick={() => openChecks(article)}>
                    {article}
                  </Anchor>
                </Table.Td>
                <Table.Td>{describeCounts(counts)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

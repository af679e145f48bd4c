// One row per column of the file: which Ropa field it fills (or Ignore), the field's hint, and how many
// problems the preview found in that column.
import { Badge, Select, Table, Text } from '@mantine/core';
import {
  MAPPABLE_FIELDS,
  MAPPABLE_FIELD_INFO,
  type MappableField,
} from '../../../../shared/ipc/mapped-fields';

// Not a field name, so it can never be mistaken for one.
const IGNORE = '(ignore)';

const FIELD_OPTIONS = [
  { value: IGNORE, label: '— Ignore this column —' },
  ...MAPPABLE_FIELDS.map((field) => ({ value: field, label: MAPPABLE_FIELD_INFO[field].label })),
];

export function MappingTable({
  headers,
  columns,
  problemsByColumn,
  twice,
  onChange,
}: {
  headers: string[];
  columns: Record<string, MappableField>;
  problemsByColumn: Map<string, number>;
  /** Fields that more than one column is mapped to. */
  twice: ReadonlySet<MappableField>;
  onChange: (header: string, field: MappableField | null) => void;
}) {
  return (
    <Table withTableBorder verticalSpacing={4} fz="xs" data-testid="column-mapping">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Column in the file</Table.Th>
          <Table.Th w="55%">Ropa field</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {headers.map((header, index) => {
          const field = Object.hasOwn(columns, header) ? columns[header] : undefined;
          const problems = problemsByColumn.get(header) ?? 0;
          const label = header.trim() === '' ? `Column ${index + 1} (no header)` : header;
          return (
            <Table.Tr key={`${index}:${header}`} data-testid="mapping-row">
              <Table.Td>
                <Text size="xs" fw={500} className="break">
                  {label}
                </Text>
                {problems > 0 && (
                  <Badge size="xs" color="red" variant="light">
                    {problems} {problems === 1 ? 'problem' : 'problems'}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={`Ropa field for column ${label}`}
                  data={FIELD_OPTIONS}
                  value={field ?? IGNORE}
                  onChange={(value) =>
                    onChange(header, value && value !== IGNORE ? (value as MappableField) : null)
                  }
                  allowDeselect={false}
                  searchable
                  error={
                    field !== undefined && twice.has(field) ? 'Also mapped from another column' : undefined
                  }
                />
                {field && MAPPABLE_FIELD_INFO[field].hint && (
                  <Text size="xs" c="dimmed" mt={2}>
                    {MAPPABLE_FIELD_INFO[field].hint}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

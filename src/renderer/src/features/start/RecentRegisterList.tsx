// The recent registers as rows: organisation (or file name), the path, the register at a glance, when it
// was last opened, and Open — or, for a file that is no longer there, Forget.
import { Badge, Button, Text } from '@mantine/core';
import type { RecentRegister } from '../../../../shared/ipc/app-contract';
import { fileName } from '../../lib/file-name';
import { RegisterGlanceLine } from './RegisterGlanceLine';

function openedWhen(openedAt: string | null): string {
  if (!openedAt) return '';
  const at = new Date(openedAt);
  if (Number.isNaN(at.getTime())) return '';
  return at.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function RecentRegisterList({
  registers,
  onOpen,
  onForget,
}: {
  registers: RecentRegister[] | null;
  onOpen: (entry: RecentRegister) => void;
  onForget: (entry: RecentRegister) => void;
}) {
  return (
    <section aria-labelledby="recent-heading">
      <Text size="sm" fw={600} id="recent-heading" mb={4}>
        Recent registers
      </Text>
      {registers !== null && registers.length === 0 && (
        <Text size="xs" c="dimmed">
          No register has been opened yet.
        </Text>
      )}
      <ul className="recent-list" data-testid="recent-registers">
        {(registers ?? []).map((entry) => {
          const name = entry.organisation ?? fileName(entry.file);
          return (
            <li key={entry.file} className="recent-row" data-testid="recent-register" aria-label={name}>
              <div className="recent-text">
                <Text size="sm" fw={500} className="ellipsis">
                  {name}
                  {entry.current && (
                    <Badge size="xs" variant="light" ml="xs">
                      Open now
                    </Badge>
                  )}
                  {entry.missing && (
                    <Badge size="xs" variant="light" color="red" ml="xs">
                      Not found
                    </Badge>
                  )}
                </Text>
                <Text size="xs" c="dimmed" className="mono ellipsis" title={entry.file}>
                  {entry.file}
                </Text>
                {!entry.missing && <RegisterGlanceLine file={entry.file} />}
              </div>
              <Text size="xs" c="dimmed" className="recent-when">
                {entry.openedAt ? `Opened ${openedWhen(entry.openedAt)}` : ''}
              </Text>
              {entry.current ? (
                <span />
              ) : entry.missing ? (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  aria-label={`Forget ${name}`}
                  onClick={() => onForget(entry)}
                >
                  Forget
                </Button>
              ) : (
                <Button
                  size="compact-xs"
                  variant="light"
                  aria-label={`Open ${name}`}
                  onClick={() => onOpen(entry)}
                >
                  Open
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

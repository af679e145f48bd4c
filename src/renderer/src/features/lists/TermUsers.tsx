// Which activities use a term, each a link that opens it: what a rename, a merge or a deletion touches.
import { Anchor, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { counted } from '../../../../shared/counted';
import type { TermUser } from '../../../../shared/ipc/contract';
import { call } from '../../lib/api';
import { useRegister } from '../../stores/register-store';

/** The activities using a term, read again after every write; null while loading or for a new term. */
export function useTermUsers(termId: string | undefined): TermUser[] | null {
  // Each write ends with a refresh of the store, which brings a new terms array.
  const terms = useRegister((s) => s.terms);
  const [users, setUsers] = useState<TermUser[] | null>(null);
  useEffect(() => {
    if (!termId) return setUsers(null);
    let live = true;
    call('terms:users', { id: termId }).then(
      (found) => live && setUsers(found),
      () => live && setUsers(null),
    );
    return () => {
      live = false;
    };
  }, [termId, terms]);
  return users;
}

/** Links drawn at most: a starter term may be used by thousands of activities on a large register. */
const SHOWN = 50;

export function TermUsers({ users }: { users: TermUser[] }) {
  const open = (id: string) => useRegister.getState().openRecord('activity', id);
  const more = users.length - SHOWN;
  return (
    <Text size="xs" data-testid="term-users" c={users.length === 0 ? 'dimmed' : undefined}>
      {users.length === 0 ? 'Not used by any activity' : `Used by ${counted(users.length, 'activity')}: `}
      {users.slice(0, SHOWN).map((u, i) => (
        <span key={u.activityId}>
          {i > 0 && ', '}
          <Anchor size="xs" component="button" type="button" onClick={() => open(u.activityId)}>
            {u.reference} {u.name}
          </Anchor>
        </span>
      ))}
      {more > 0 && ` and ${more} more`}
    </Text>
  );
}

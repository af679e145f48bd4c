// One line under a recent register: its activities, what the checks find, the reviews due and when it last
// changed, so a consultant sees which client's register needs work before opening it.
import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppOutputs } from '../../../../shared/ipc/app-contract';
import { callApp } from '../../lib/app';
import { describeGlance } from './glance-words';

type Glance = AppOutputs['app:glanceRecent'];

export function RegisterGlanceLine({ file }: { file: string }) {
  const [glance, setGlance] = useState<Glance | null>(null);
  useEffect(() => {
    let live = true;
    callApp('app:glanceRecent', { file })
      .then((answer) => live && setGlance(answer))
      // A shell that cannot say leaves the line out.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [file]);
  if (!glance) return null;
  const problem = 'problem' in glance;
  return (
    <Text size="xs" c={problem ? 'dimmed' : undefined} className="ellipsis" data-testid="register-glance">
      {describeGlance(glance)}
    </Text>
  );
}

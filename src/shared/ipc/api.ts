import type { Channel } from './channels';
import type { Input, Output } from './contract';
import type { Result } from './result';

/** What the renderer sees as `window.api`: one async function per channel, returning a Result. */
export type Api = { [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>> };

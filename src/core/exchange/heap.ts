// A very large export reads the register a page at a time, so what it holds at once is small; but V8
// collects garbage lazily and lets the heap grow by hundreds of MB of pages already written before it
// does. A full collection every few pages keeps the peak near what is really in use. The function is V8's
// own `gc`, reached without starting the process with --expose-gc (which the app cannot ask of Electron).
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null; // a runtime without it: the export still works, with a higher peak
    }
  }
  gc?.();
}

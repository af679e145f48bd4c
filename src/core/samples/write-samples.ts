// Rebuilds resources/samples/*.json from the sample specs: `npx tsx src/core/samples/write-samples.ts &&
// npx prettier --write resources/samples`.
// Ids and stamps are derived from names, so a rebuild changes the files only where a spec changed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OrganisationFieldsInput } from '../../shared/domain';
import { exportRegisterDocument } from '../exchange/register-document';
import { createRegister } from '../store/register';
import { buildSample, type SampleSpec } from './build';
import { omaxOrganisation, omaxSpec } from './omax';
import { omnicrmOrganisation, omnicrmSpec } from './omnicrm';
import { oomnisOrganisation, oomnisSpec } from './oomnis';
import { stabiliseDocument } from './stable-ids';

const SPECS: Record<string, [OrganisationFieldsInput, SampleSpec]> = {
  omax: [omaxOrganisation, omaxSpec],
  oomnis: [oomnisOrganisation, oomnisSpec],
  omnicrm: [omnicrmOrganisation, omnicrmSpec],
};

const out = path.resolve(__dirname, '../../../resources/samples');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-samples-'));
try {
  fs.mkdirSync(out, { recursive: true });
  for (const [name, [organisation, spec]] of Object.entries(SPECS)) {
    const register = createRegister(path.join(dir, `${name}.ropa`), organisation);
    try {
      register.transaction(() => buildSample(register, spec));
      const document = stabiliseDocument(name, exportRegisterDocument(register));
      fs.writeFileSync(path.join(out, `${name}.json`), `${JSON.stringify(document, null, 2)}\n`);
      console.log(`${name}: ${document.activities.length} activities, ${document.parties.length} parties`);
    } finally {
      register.close();
    }
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

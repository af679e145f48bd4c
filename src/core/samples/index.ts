// The sample registers ("Open a sample register", `ropa sample NAME OUT`): lossless JSON documents in
// resources/samples, built from real published privacy policies by src/core/samples/write-samples.ts.
import fs from 'node:fs';
import omax from '../../../resources/samples/omax.json';
import omnicrm from '../../../resources/samples/omnicrm.json';
import oomnis from '../../../resources/samples/oomnis.json';
import { RegisterDocument } from '../../shared/domain';
import { RopaError } from '../errors';
import { importRegisterDocument } from '../exchange/register-document';
import { createRegister, type Register } from '../store/register';

export type SampleInfo = { name: string; organisation: string; description: string };

const SAMPLES: Record<string, { description: string; document: unknown }> = {
  omax: {
    description: 'UK telecom operator (eSIM, SMS, VoIP, e-mail, domains), controller and processor',
    document: omax,
  },
  oomnis: { description: 'FlexO workspace booking and digital signage provider', document: oomnis },
  omnicrm: {
    description: 'CRM platform; processor for customers incl. health data; AWS in the US',
    document: omnicrm,
  },
};

export function listSamples(): SampleInfo[] {
  return Object.entries(SAMPLES).map(([name, s]) => ({
    name,
    organisation: sampleDocument(name).organisation.legalName,
    description: s.description,
  }));
}

export function sampleDocument(name: string): RegisterDocument {
  const sample = SAMPLES[name];
  if (!sample) {
    throw new RopaError('NOT_FOUND', `No sample "${name}". Samples: ${Object.keys(SAMPLES).join(', ')}.`);
  }
  return RegisterDocument.parse(sample.document);
}

/** Creates a new register file holding the sample; refuses to overwrite an existing file. */
export function createSampleRegister(name: string, file: string): Register {
  const document = sampleDocument(name);
  const register = createRegister(file, document.organisation);
  try {
    importRegisterDocument(register, document, 'replace');
    return register;
  } catch (error) {
    register.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(register.file + suffix, { force: true });
    throw error;
  }
}

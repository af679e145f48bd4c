// Legal and vendor reference data (resources/reference/*.json), validated at load, and the helpers over it.
export { referenceData, parseReferenceFile, ReferenceDataError, type ReferenceData } from './load';
export {
  countryName,
  isCountryCode,
  listCountries,
  COUNTRY_LOCALES,
  type Country,
  type CountryLocale,
} from './countries';
export { isEea, adequacyFor, destinationStatus, type DestinationStatus } from './adequacy';
export {
  mechanismById,
  vendorById,
  internationalOrganisationById,
  isMechanismRetired,
  type InternationalOrganisation,
} from './lookup';
export {
  CONFIDENCE_LEVELS,
  Confidence,
  EeaFile,
  InternationalOrganisationsFile,
  EuAdequacyFile,
  UkAdequacyFile,
  AdequacyEntry,
  TransferMechanismsFile,
  TransferMechanism,
  LegalBasesFile,
  Art6BasisEntry,
  Art9ConditionEntry,
  Art10ConditionEntry,
  Schedule1Condition,
  DpiaCriteriaFile,
  VendorsFile,
  Vendor,
  VendorMechanism,
  VendorCertification,
  TermsFile,
  TermSeed,
} from './schemas';

declare const brand: unique symbol;

/** A string key that the compiler will not confuse with another table's key. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type PersonId = Brand<string, 'PersonId'>;
export type AssociationId = Brand<string, 'AssociationId'>;
export type MembershipId = Brand<string, 'MembershipId'>;
export type EventId = Brand<string, 'EventId'>;
export type WorkingGroupId = Brand<string, 'WorkingGroupId'>;
export type VisitId = Brand<string, 'VisitId'>;
export type ReceptionId = Brand<string, 'ReceptionId'>;
/** A KATO code for official places, `custom-<uuid>` for places the office adds itself. */
export type PlaceId = Brand<string, 'PlaceId'>;
/** A stable slug ("kazakhs", "russians") so that districts exchange the same codes. */
export type EthnicGroupId = Brand<string, 'EthnicGroupId'>;
/** `<kind>:<code>`, stable across offices for shipped items. */
export type DirectoryItemId = Brand<string, 'DirectoryItemId'>;
export type AuditEntryId = Brand<string, 'AuditEntryId'>;
export type ImportBatchId = Brand<string, 'ImportBatchId'>;
export type AttachmentId = Brand<string, 'AttachmentId'>;
export type PopulationRecordId = Brand<string, 'PopulationRecordId'>;
export type TensionRiskId = Brand<string, 'TensionRiskId'>;
export type MediationCaseId = Brand<string, 'MediationCaseId'>;
export type CouncilId = Brand<string, 'CouncilId'>;
export type AuthorityFormId = Brand<string, 'AuthorityFormId'>;
export type PlanId = Brand<string, 'PlanId'>;
export type PlanItemId = Brand<string, 'PlanItemId'>;
export type PublicationId = Brand<string, 'PublicationId'>;
export type ReceptionSessionId = Brand<string, 'ReceptionSessionId'>;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/**
 * The one place a plain string becomes a key: the id of a record as a form, a file, a route or
 * another record gives it. Keys are made by these, never by a cast elsewhere.
 */
const idOf =
  <Id extends string>() =>
  (value: string): Id =>
    value as Id;

export const toPersonId = idOf<PersonId>();
export const toAssociationId = idOf<AssociationId>();
export const toMembershipId = idOf<MembershipId>();
export const toEventId = idOf<EventId>();
export const toWorkingGroupId = idOf<WorkingGroupId>();
export const toVisitId = idOf<VisitId>();
export const toReceptionId = idOf<ReceptionId>();
export const toPlaceId = idOf<PlaceId>();
export const toEthnicGroupId = idOf<EthnicGroupId>();
export const toDirectoryItemId = idOf<DirectoryItemId>();
export const toAuditEntryId = idOf<AuditEntryId>();
export const toImportBatchId = idOf<ImportBatchId>();
export const toAttachmentId = idOf<AttachmentId>();
export const toPopulationRecordId = idOf<PopulationRecordId>();
export const toTensionRiskId = idOf<TensionRiskId>();
export const toMediationCaseId = idOf<MediationCaseId>();
export const toCouncilId = idOf<CouncilId>();
export const toAuthorityFormId = idOf<AuthorityFormId>();
export const toPlanId = idOf<PlanId>();
export const toPlanItemId = idOf<PlanItemId>();
export const toPublicationId = idOf<PublicationId>();
export const toReceptionSessionId = idOf<ReceptionSessionId>();

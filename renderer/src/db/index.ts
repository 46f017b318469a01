/**
 * The data layer as the rest of the application sees it: repository functions bound to the
 * session, so a screen passes what it wants and the layer applies who is asking. Nothing here
 * hands out the database, a table or the data key.
 */
import type { Settlement } from '@shared/sync/settle';
import { type Scope } from './access';
import * as associations from './repositories/associations';
import * as attachments from './repositories/attachments';
import * as audit from './repositories/audit';
import * as authorityForms from './repositories/authority-forms';
import * as demo from './repositories/demo-data';
import * as demoRemoval from './repositories/demo-removal';
import * as directories from './repositories/directories';
import * as districtDatabases from './repositories/district-databases';
import * as events from './repositories/events';
import * as exchange from './repositories/exchange';
import * as firstRun from './repositories/first-run';
import * as importPlan from './repositories/import-plan';
import * as imports from './repositories/imports';
import * as memberships from './repositories/memberships';
import * as merge from './repositories/merge-people';
import * as monitoring from './repositories/monitoring';
import * as operators from './repositories/operators';
import * as people from './repositories/people';
import * as plans from './repositories/plans';
import * as receptions from './repositories/receptions';
import * as recordsBehind from './repositories/records-behind';
import * as referenceData from './repositories/reference-data';
import * as reports from './repositories/reports';
import * as registry from './repositories/registry-lookups';
import * as settings from './repositories/settings';
import * as signInSheet from './repositories/sign-in-sheet';
import * as situation from './repositories/situation-report';
import * as wordReports from './repositories/word-reports';
import * as workingGroups from './repositories/working-groups';
import { currentScope } from './session';
import * as syncService from './sync/service';

type Unscoped<F> = F extends (scope: Scope, ...args: infer A) => infer R ? (...args: A) => R : never;

/** A repository function called with the session of the moment, not the one at import time. */
function bound<F extends (scope: Scope, ...args: never[]) => unknown>(fn: F): Unscoped<F> {
  return ((...args: never[]) => fn(currentScope(), ...args)) as Unscoped<F>;
}

export { SCHEMA_VERSION } from './db';
export { AccessDeniedError, type Visible } from './access';
export type { OperatorView } from './operator-view';
export type { SessionView } from './session';
export {
  changePassword,
  lock,
  RecoveryKeyFirstError,
  rotateFieldKey,
  setUpFirstAdministrator,
  signIn,
  signOut,
  startSession,
  startWithoutDatabase,
  unlock,
} from './sign-in';
export { installAuditKey } from './session';
export { holdsOfficeRecords, openDatabase, prepareDatabase } from './open';
export { lastChangeAt } from './change-tracker';
export {
  auditHeadForManifest,
  backupBeforeMigration,
  backupFile,
  databaseCounts,
  recordBackup,
  restoreFromBackup,
  type BackupReason,
  type MigrationBackup,
  type RestoreOptions,
  type RestoreOutcome,
} from './backups';
export { BackupFormatError, readBackupHeader, type BackupHeader } from './backup-file';

// Registry
export const listAssociations = bound(associations.listAssociations);
export const saveAssociation = bound(associations.saveAssociation);
export const setAssociationDeleted = bound(associations.setAssociationDeleted);
export const saveMembership = bound(memberships.saveMembership);
export const setMembershipDeleted = bound(memberships.setMembershipDeleted);
export const membersOfAssociation = bound(memberships.membersOfAssociation);
export const savePerson = bound(people.savePerson);
export const setPersonDeleted = bound(people.setPersonDeleted);
export const findExistingPeople = bound(people.findExistingPeople);
export const peopleByIds = bound(people.peopleByIds);
export const allLivePeople = bound(people.allLivePeople);
export const mergePeople = bound(merge.mergePeople);
export const registryLookups = bound(registry.registryLookups);
export const allMemberEntries = bound(registry.allMemberEntries);
export type { AssociationSummary } from './repositories/associations';
export type { MemberEntry } from './repositories/memberships';
export type { PersonMembership, SavedPerson } from './repositories/people';

// Directories and places
export const listDirectory = bound(directories.listDirectory);
export const saveDirectoryItem = bound(directories.saveDirectoryItem);
export const saveEthnicGroup = bound(directories.saveEthnicGroup);
export const allPlaces = bound(directories.allPlaces);
export const addCustomPlace = bound(directories.addCustomPlace);
export const setPlaceRemote = bound(directories.setPlaceRemote);
export const matchSignInSheet = bound(signInSheet.matchSignInSheet);
export const loadOblastPlaces = bound(referenceData.loadOblastPlaces);

// Events and working groups
export const eventsInPeriod = bound(events.eventsInPeriod);
export const eventsByIds = bound(events.eventsByIds);
export const createEvent = bound(events.createEvent);
export const updateEvent = bound(events.updateEvent);
export const moveEvent = bound(events.moveEvent);
export const deleteEvent = bound(events.deleteEvent);
export const attachmentsOf = bound(attachments.attachmentsOf);
export const attachmentData = bound(attachments.attachmentData);
export const attachToEvent = bound(attachments.attachToEvent);
export const removeAttachment = bound(attachments.removeAttachment);
export const listAuthorityForms = bound(authorityForms.listAuthorityForms);
export const authorityForm = bound(authorityForms.authorityForm);
export const saveAuthorityForm = bound(authorityForms.saveAuthorityForm);
export const deleteAuthorityForm = bound(authorityForms.deleteAuthorityForm);
export type { AuthorityFormSummary } from './repositories/authority-forms';
export { AttachmentTooLargeError, MAX_ATTACHMENT_BYTES } from './repositories/attachments';
export type { EventFilter, EventFilterOptions } from './repositories/events';
export const listWorkingGroups = bound(workingGroups.listWorkingGroups);
export const saveWorkingGroup = bound(workingGroups.saveWorkingGroup);
export const confirmRotation = bound(workingGroups.confirmRotation);
export const listVisits = bound(workingGroups.listVisits);
export type { VisitDetail } from './repositories/working-groups';

// Receptions
export const createReception = bound(receptions.createReception);
export const updateReception = bound(receptions.updateReception);
export const deleteReception = bound(receptions.deleteReception);
export const restoreReception = bound(receptions.restoreReception);
export const getReception = bound(receptions.getReception);
export const receptionsInPeriod = bound(receptions.receptionsInPeriod);
export const extendReceptionControl = bound(receptions.extendReceptionControl);
export const addReceptionControlNote = bound(receptions.addReceptionControlNote);
export const closeReceptionControl = bound(receptions.closeReceptionControl);
export const reopenReceptionControl = bound(receptions.reopenReceptionControl);
export const recordConfidentialView = bound(receptions.recordConfidentialView);

// The year's plan of measures (issue 22)
export const createPlan = bound(plans.createPlan);
export const updatePlan = bound(plans.updatePlan);
export const deletePlan = bound(plans.deletePlan);
export const restorePlan = bound(plans.restorePlan);
export const planItemsOf = bound(plans.planItemsOf);
export const createPlanItem = bound(plans.createPlanItem);
export const updatePlanItem = bound(plans.updatePlanItem);
export const deletePlanItem = bound(plans.deletePlanItem);
export const restorePlanItem = bound(plans.restorePlanItem);
export const savePlanItemExecution = bound(plans.savePlanItemExecution);
export type { PlanItemChoice, PlanItemRow } from './repositories/plans';

// Monitoring
export const saveMonitoringSettings = bound(monitoring.saveMonitoringSettings);
export const saveRisk = bound(monitoring.saveRisk);
export const changeRiskLevel = bound(monitoring.changeRiskLevel);
export const deleteRisk = bound(monitoring.deleteRisk);
export const restoreRisk = bound(monitoring.restoreRisk);
export const recordRiskView = bound(monitoring.recordRiskView);
export const recordMediationView = bound(monitoring.recordMediationView);
export const saveCouncil = bound(monitoring.saveCouncil);
export const saveMediationCase = bound(monitoring.saveMediationCase);
export const savePopulation = bound(monitoring.savePopulation);

// Dashboard and reports
export const recordLines = bound(recordsBehind.recordLines);
export const buildStandardReport = bound(reports.buildStandardReport);
export const buildSituationReport = bound(situation.buildSituationReport);
export const receptionsReport = bound(reports.receptionsReport);
export { reportKinds, type ReportKind, type ReportOptions } from './repositories/reports';
export const wordReportContext = bound(wordReports.wordReportContext);
export const informationFigures = bound(wordReports.informationFigures);
export const saveWordLayout = bound(wordReports.saveWordLayout);
export type { Signatory, WordReportContext } from './repositories/word-reports';
export type { RecordLine } from './repositories/records-behind';

// Import
export const importLookups = bound(registry.importLookups);
export const planMembers = bound(importPlan.planMembers);
export const planAssociations = bound(importPlan.planAssociations);
export const planEvents = bound(importPlan.planEvents);
export const planReceptions = bound(importPlan.planReceptions);
export const planPopulation = bound(importPlan.planPopulation);
export const chairmenByRow = bound(importPlan.chairmenByRow);
export const rememberedMapping = bound(importPlan.rememberedMapping);
export const rememberMapping = bound(importPlan.rememberMapping);
export const applyMemberImport = bound(imports.applyMemberImport);
export const applyAssociationImport = bound(imports.applyAssociationImport);
export const applyEventImport = bound(imports.applyEventImport);
export const applyReceptionImport = bound(imports.applyReceptionImport);
export const applyPopulationImport = bound(imports.applyPopulationImport);
export const undoImport = bound(imports.undoImport);
export const previewUndoImport = bound(imports.previewUndoImport);
export { ImportCancelledError, type ApplyOptions, type UndoResult } from './repositories/imports';

// Exchange with the oblast
export const collectPackageData = bound(exchange.collectPackageData);
export const recordPackageSent = bound(exchange.recordPackageSent);
export const receivePackage = bound(exchange.receivePackage);
export const receivedSubmissions = bound(exchange.receivedSubmissions);
export const deleteReceivedPackage = bound(exchange.deleteReceivedPackage);
export const restoreReceivedPackage = bound(exchange.restoreReceivedPackage);
export const districtServers = bound(districtDatabases.districtServers);
export const saveDistrictServers = bound(districtDatabases.saveDistrictServers);
export const storePulledDistrict = bound(districtDatabases.storePulledDistrict);
export type { PulledOutcome } from './repositories/district-databases';
export type { ReceiveOutcome } from './repositories/exchange';

// Settings, operators, audit
export const hasOperators = bound(operators.hasOperators);
export const getOfficeProfile = bound(settings.getOfficeProfile);
export const saveOfficeProfile = bound(settings.saveOfficeProfile);
export const setIdleMinutes = bound(settings.setIdleMinutes);
export const createOperator = bound(operators.createOperator);
export const resetPassword = bound(operators.resetPassword);
export const updateOperator = bound(operators.updateOperator);
export const replaceRecoveryKey = bound(operators.replaceRecoveryKey);
export { SignInError, WrongPasswordError } from './repositories/operators';
export const recordExport = bound(audit.recordExport);
export const auditChains = bound(audit.auditChains);
export const checkAuditChains = bound(audit.checkAuditChains);
export const verifyAuditLog = bound(audit.verifyAuditLog);

// First run
export const loadDemoData = bound(demo.loadDemoData);
export const demoPlacesFor = bound(demo.demoPlacesFor);
export type { DemoProgress } from './repositories/demo-data';
export const firstRunProgress = bound(firstRun.firstRunProgress);
export const saveFirstRunProgress = bound(firstRun.saveFirstRunProgress);
export const completeFirstRun = bound(firstRun.completeFirstRun);

// Demo data removed from Settings
export const demoDataStatus = bound(demoRemoval.demoDataStatus);
export const previewDemoRemoval = bound(demoRemoval.previewDemoRemoval);
export const removeDemoData = bound(demoRemoval.removeDemoData);
export const undoDemoRemoval = bound(demoRemoval.undoDemoRemoval);
export type { DemoRemovalCounts, DemoStatus } from './repositories/demo-removal';

// Exchange package signatures (issue 17)
import * as signing from './repositories/package-signing';
export const signExchangePackage = bound(signing.signExchangePackage);
export const packageSigningFingerprint = bound(signing.packageSigningFingerprint);
export const reregisterDistrictKey = bound(signing.reregisterDistrictKey);

// Working calendar: the office's non-working days on top of the shipped ones (issue 18)
import * as workingCalendar from './repositories/working-calendar';
export const addCalendarDay = bound(workingCalendar.addCalendarDay);
export const removeCalendarDay = bound(workingCalendar.removeCalendarDay);
export const setCalendarYearComplete = bound(workingCalendar.setCalendarYearComplete);
export const importCalendarDays = bound(workingCalendar.importCalendarDays);
export const checkOpenDeadlines = bound(workingCalendar.checkOpenDeadlines);
export const applyDeadlineChanges = bound(workingCalendar.applyDeadlineChanges);
export const getOfficeCalendar = bound(workingCalendar.getOfficeCalendar);
export { CalendarDayError, type DeadlineChangeLine, type DeadlineCheck } from './repositories/working-calendar';

// Sync with the office server
export const saveSyncServer = bound(syncService.saveSyncServer);
export const checkSyncServer = bound(syncService.checkSyncServer);
export const turnSyncOn = bound(syncService.turnSyncOn);
export const turnSyncOff = bound(syncService.turnSyncOff);
export const resumeSync = (machine: syncService.SyncMachine) => syncService.resumeSync(currentScope().db, machine);
export type {
  SaveOutcome,
  ServerInput,
  SyncAnswer,
  SyncMachine,
  SyncProblem,
  SyncProgress,
  SyncView,
} from './sync/service';
export type { SyncStatus } from '@/sync/engine';

// Conflicts between PCs' versions of a record, settled by an editor (issue 19)
import * as syncConflicts from './sync/conflicts';
/** Settles through the replica the running sync service handed over (setSyncReplica); none while sync is off. */
export const settleSyncConflict = (conflictId: string, settlement: Settlement) =>
  syncConflicts.settleSyncConflict(currentScope(), syncConflicts.currentReplica(), conflictId, settlement);
export { setSyncReplica } from './sync/conflicts';
export type { ConflictVersion, ConflictView, SettleOutcome } from './sync/conflicts';

// Publications and mass receptions (issue 22)
import * as publications from './repositories/publications';
import * as receptionSessions from './repositories/reception-sessions';
export const createPublication = bound(publications.createPublication);
export const updatePublication = bound(publications.updatePublication);
export const deletePublication = bound(publications.deletePublication);
export const restorePublication = bound(publications.restorePublication);
export const publicationsInPeriod = bound(publications.publicationsInPeriod);
export const createSession = bound(receptionSessions.createSession);
export const updateSession = bound(receptionSessions.updateSession);
export const deleteSession = bound(receptionSessions.deleteSession);
export const restoreSession = bound(receptionSessions.restoreSession);
export type { SessionRow } from './repositories/reception-sessions';

// A plan's import from its Word or Excel table, and its execution report (issue 22)
import * as planReport from './repositories/plan-report';
export const applyPlanImport = bound(imports.applyPlanImport);
export const planReportData = bound(planReport.planReportData);
export type { PlanImportHeader } from './repositories/imports';
export type { PlanReportData } from './repositories/plan-report';

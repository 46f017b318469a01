import type { TFunction } from 'i18next';
import { roles, type Role } from '@shared/auth/roles';
import { formatDate, formatDateTime } from '@shared/dates/format';
import { ru } from '@shared/i18n/ru';
import type { AuditEntry } from '@shared/model/records';
import { formatNumber } from '@shared/text/number-format';
import { localWallClock } from '@/lib/clock';

/**
 * An audit entry in the user's language, for the settings screen and the inspector's file alike:
 * who (the operator's name, or "system" in words), what, on which record, and the details with
 * known keys and values named. A detail the program does not know is shown as it was written.
 */

/** What the log needs to know of an operator to name them. */
export interface AuditOperator {
  id: string;
  login: string;
  displayName: string;
}

type DetailKey = keyof typeof ru.audit.detailKeys;
type Reason = keyof typeof ru.audit.detailValues.reasons;
type Kind = keyof typeof ru.audit.detailValues.kinds;
type Format = keyof typeof ru.audit.detailValues.formats;
type Register = keyof typeof ru.audit.detailValues.registers;
type Change = keyof typeof ru.audit.detailValues.changes;
type Problem = keyof typeof ru.audit.detailValues.problems;
type EventStatus = keyof typeof ru.enums.eventStatus;
type ReportKind = keyof typeof ru.reports.kinds;

const known = <T extends string>(names: object) => {
  const set = new Set(Object.keys(names));
  return (value: unknown): value is T => typeof value === 'string' && set.has(value);
};
const isDetailKey = known<DetailKey>(ru.audit.detailKeys);
const isReason = known<Reason>(ru.audit.detailValues.reasons);
const isKind = known<Kind>(ru.audit.detailValues.kinds);
const isFormat = known<Format>(ru.audit.detailValues.formats);
const isRegister = known<Register>(ru.audit.detailValues.registers);
const isChange = known<Change>(ru.audit.detailValues.changes);
const isProblem = known<Problem>(ru.audit.detailValues.problems);
const isEventStatus = known<EventStatus>(ru.enums.eventStatus);
const isReportKind = known<ReportKind>(ru.reports.kinds);
const isRole = (value: unknown): value is Role => roles.some((role) => role === value);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A deadline moved by the working calendar is written "2028-01-03 → 2028-01-05". */
const DATE_MOVE = /^(\d{4}-\d{2}-\d{2}) → (\d{4}-\d{2}-\d{2})$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Field-key versions are named k1, k2…; the log says "version 2". */
const KEY_VERSION = /^k(\d+)$/;

function operatorName(operator: AuditOperator): string {
  return operator.displayName && operator.displayName !== operator.login
    ? `${operator.displayName} (${operator.login})`
    : operator.login;
}

/** Who did it: the operator by name and login, "system" in words when nobody was signed in. */
export function auditActorText(t: TFunction, actor: string, operators: readonly AuditOperator[]): string {
  if (actor === 'system') return t('audit.system');
  const operator = operators.find((candidate) => candidate.login === actor);
  return operator ? operatorName(operator) : actor;
}

/** Which PC wrote an entry: this one in words, another by the start of its id (an entry without one is this PC's, from before sync). */
export function auditDeviceText(t: TFunction, device: string | undefined, thisDevice: string | undefined): string {
  return !device || device === thisDevice ? t('audit.thisPc') : t('audit.otherPc', { id: device.slice(0, 8) });
}

export function auditActionText(t: TFunction, action: string): string {
  return t(`audit.actions.${action as 'create'}`, { defaultValue: action });
}

/** The record: an operator by name; any other as table and id (shortened on screen, whole in the file). */
export function auditRecordText(
  t: TFunction,
  entry: Pick<AuditEntry, 'table' | 'recordId'>,
  operators: readonly AuditOperator[],
  wholeId = false,
): string {
  if (!entry.table) return '';
  const operator =
    entry.table === 'operators' ? operators.find((candidate) => candidate.id === entry.recordId) : undefined;
  if (operator) return t('audit.operatorRecord', { name: operatorName(operator) });
  const id = entry.recordId ?? '';
  return `${entry.table}/${wholeId ? id : id.slice(0, 8)}`;
}

/** The label a detail is shown under; `from` and `to` are key versions in a rotation and period ends elsewhere. */
function detailLabel(t: TFunction, action: string, key: string, value: unknown): string | null {
  if (key === 'from' || key === 'to') {
    if (action === 'key-rotation') return t(key === 'from' ? 'audit.detailKeys.keyFrom' : 'audit.detailKeys.keyTo');
    if (typeof value === 'string' && ISO_DATE.test(value))
      return t(key === 'from' ? 'audit.detailKeys.periodFrom' : 'audit.detailKeys.periodTo');
    return null;
  }
  return isDetailKey(key) ? t(`audit.detailKeys.${key}`) : null;
}

function detailValue(t: TFunction, key: string, value: string | number | boolean): string {
  if (key === 'role' && isRole(value)) return t(`auth.roles.${value}`);
  if (key === 'password' && value === true) return t('audit.detailValues.passwordChanged');
  if (key === 'reason' && isReason(value)) return t(`audit.detailValues.reasons.${value}`);
  if (key === 'format' && isFormat(value)) return t(`audit.detailValues.formats.${value}`);
  if (key === 'register' && isRegister(value)) return t(`audit.detailValues.registers.${value}`);
  if (key === 'change' && isChange(value)) return t(`audit.detailValues.changes.${value}`);
  if (key === 'problem' && isProblem(value)) return t(`audit.detailValues.problems.${value}`);
  if (key === 'status' && isEventStatus(value)) return t(`enums.eventStatus.${value}`);
  if (key === 'kind') {
    if (isKind(value)) return t(`audit.detailValues.kinds.${value}`);
    const report = typeof value === 'string' ? value.replace(/^report-/, '') : '';
    if (value !== report && isReportKind(report)) return t(`reports.kinds.${report}`);
  }
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return formatNumber(value);
  const version = KEY_VERSION.exec(value);
  if ((key === 'from' || key === 'to') && version) return t('audit.detailValues.keyVersion', { n: version[1] });
  if (ISO_DATE.test(value)) return formatDate(value);
  const move = DATE_MOVE.exec(value);
  if (move) return `${formatDate(move[1])} → ${formatDate(move[2])}`;
  if (ISO_TIMESTAMP.test(value)) return formatDateTime(localWallClock(value));
  return value;
}

/** On screen a file's hash is recognised by its start; the inspector's file has it whole. */
const SHORT_HASH = 12;

/**
 * Each detail as label and value; one the program does not know keeps its key and value as written.
 * `shortHashes` (the screen) cuts a file's SHA-256 to its first characters.
 */
export function auditDetailParts(
  t: TFunction,
  action: string,
  details: AuditEntry['details'],
  shortHashes = false,
): { label: string; value: string }[] {
  return Object.entries(details ?? {}).map(([key, value]) => {
    const label = detailLabel(t, action, key, value);
    if (label === null) return { label: key, value: String(value) };
    if (key === 'sha256' && shortHashes && typeof value === 'string' && value.length > SHORT_HASH)
      return { label, value: `${value.slice(0, SHORT_HASH)}…` };
    return { label, value: detailValue(t, key, value) };
  });
}

export function auditDetailsText(
  t: TFunction,
  action: string,
  details: AuditEntry['details'],
  shortHashes = false,
): string {
  return auditDetailParts(t, action, details, shortHashes)
    .map(({ label, value }) => `${label}: ${value}`)
    .join('; ');
}

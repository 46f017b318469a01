import { computeDashboard, type DashboardFigures } from '@shared/dashboard/compute';
import type { Period } from '@shared/events/period';
import type { PlaceId } from '@shared/model/ids';
import type { IsoDate, OperatorId } from '@shared/model/records';
import { makeDistrictOf } from '@shared/places/district-of';
import { DEFAULT_WORD_LAYOUT, wordLayoutSchema, type WordLayout } from '@shared/word/layout';
import { nowTimestamp } from '@/lib/clock';
import { authorize, type Scope } from '../access';
import { appendAudit } from './audit';
import { loadDashboardData } from './dashboard';
import { allPlaces } from './directories';
import { getOfficeProfile } from './settings';

/** An office setting (it travels to the office's other PCs, see isOfficeSetting). */
export const WORD_LAYOUT_KEY = 'wordLayout';

/** The page margins of the office's Word documents; the official defaults until someone changes them. */
export async function getWordLayout(scope: Scope): Promise<WordLayout> {
  authorize(scope, 'view');
  const row = await scope.db.settings.get(WORD_LAYOUT_KEY);
  const parsed = wordLayoutSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_WORD_LAYOUT;
}

export async function saveWordLayout(scope: Scope, input: unknown): Promise<WordLayout> {
  authorize(scope, 'settings');
  const layout = wordLayoutSchema.parse(input);
  const { db } = scope;
  await db.transaction('rw', db.settings, db.auditLog, async () => {
    await db.settings.put({ id: WORD_LAYOUT_KEY, value: layout, updatedAt: nowTimestamp() });
    await appendAudit(scope, 'update', {
      table: 'settings',
      recordId: WORD_LAYOUT_KEY,
      details: { ...layout.marginsMm },
    });
  });
  return layout;
}

/** Who may sign a document: the active operators, with the position each signs under. */
export interface Signatory {
  id: OperatorId;
  displayName: string;
  positionRu: string;
  positionKk: string;
}

/** What a Word document takes from the office besides the report: its name, place, margins and signatories. */
export interface WordReportContext {
  officeName: string;
  place: { ru: string; kk: string };
  layout: WordLayout;
  signatories: Signatory[];
}

export async function wordReportContext(scope: Scope): Promise<WordReportContext> {
  authorize(scope, 'export');
  const { db } = scope;
  const [profile, layout, operators] = await Promise.all([
    getOfficeProfile(scope),
    getWordLayout(scope),
    db.operators.toArray(),
  ]);
  const home = profile ? await db.places.get((profile.districtId ?? profile.oblastId) as PlaceId) : undefined;
  return {
    officeName: profile?.officeName ?? '',
    place: { ru: home?.nameRu || home?.nameKk || '', kk: home?.nameKk || home?.nameRu || '' },
    layout,
    signatories: operators
      .filter((operator) => !operator.disabled)
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'ru'))
      .map((operator) => ({
        id: operator.id,
        displayName: operator.displayName,
        positionRu: operator.positionRu ?? '',
        positionKk: operator.positionKk ?? '',
      })),
  };
}

/** The figures the information report is written from, counted as the report's tables count them. */
export async function informationFigures(scope: Scope, period: Period, today: IsoDate): Promise<DashboardFigures> {
  authorize(scope, 'view');
  const [data, places] = await Promise.all([loadDashboardData(scope), allPlaces(scope)]);
  return computeDashboard(data, period, {}, today, makeDistrictOf(places));
}

import { describe, expect, it } from 'vitest';
import { proposeRotation } from '@shared/events/rotation';
import type { AssociationId, VisitId } from '@shared/model/ids';
import type { Association } from '@shared/model/records';
import { eventAsTemplate, eventToInput } from '@shared/events/event-template';
import { openTestDb, scopeAs } from '../test-db';
import {
  createEvent,
  deleteEvent,
  eventFilterOptions,
  eventsInPeriod,
  moveEvent,
  overdueEvents,
  updateEvent,
} from './events';
import { confirmRotation, listVisits, saveWorkingGroup, visitDetail } from './working-groups';
import { planEvents } from './import-plan';
import {
  attachmentsOf,
  attachToEvent,
  AttachmentTooLargeError,
  MAX_ATTACHMENT_BYTES,
  removeAttachment,
} from './attachments';
import { applyEventImport, undoImport } from './imports';
import { ensureReferenceData } from './reference-data';
import { loadEthnicGroupSeeds } from '@/reference/reference-files';

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

const base = {
  title: 'Круглый стол «Единство народа»',
  typeCode: 'round_table',
  start: '2026-12-01T15:00',
  end: '2026-12-01T17:00',
  allDay: false,
  organiserAgencyIds: [],
  organiserPersonIds: [],
  associationIds: ['a1'],
  audienceCodes: ['youth'],
  status: 'planned',
  links: [],
};

const DECEMBER = { from: '2026-12-01', to: '2026-12-31' };

describe('events in the calendar', () => {
  it('stores a weekly series; one occurrence moved and one skipped leave the others as they were', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const series = await createEvent(scope, base, { frequency: 'weekly', interval: 1, until: '2026-12-29' });
    expect(series.map((event) => event.start)).toEqual([
      '2026-12-01T15:00',
      '2026-12-08T15:00',
      '2026-12-15T15:00',
      '2026-12-22T15:00',
      '2026-12-29T15:00',
    ]);
    expect(new Set(series.map((event) => event.seriesId)).size).toBe(1);
    const [, second, third] = series;
    await moveEvent(scope, must(third).id, '2026-12-17T10:00');
    await deleteEvent(scope, must(second).id);
    const left = await eventsInPeriod(scope, DECEMBER);
    expect(left.map((event) => [event.start, event.end]).sort()).toEqual([
      ['2026-12-01T15:00', '2026-12-01T17:00'],
      ['2026-12-17T10:00', '2026-12-17T12:00'],
      ['2026-12-22T15:00', '2026-12-22T17:00'],
      ['2026-12-29T15:00', '2026-12-29T17:00'],
    ]);
  });

  it('renames this and the following occurrences, keeping their dates and the facts of held ones', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const [first, second, third] = await createEvent(scope, base, {
      frequency: 'weekly',
      interval: 1,
      until: '2026-12-15',
    });
    await updateEvent(scope, must(first).id, {
      ...eventToInput(must(first)),
      status: 'held',
      actualParticipants: 35,
      result: 'Проведён',
    });
    await updateEvent(
      scope,
      must(second).id,
      {
        ...eventToInput(must(second)),
        title: 'Диалоговая площадка',
        start: '2026-12-08T11:00',
        end: '2026-12-08T13:00',
      },
      'following',
    );
    const stored = (await eventsInPeriod(scope, DECEMBER)).sort((a, b) => a.start.localeCompare(b.start));
    expect(stored.map((event) => [event.title, event.start, event.status, event.actualParticipants])).toEqual([
      ['Круглый стол «Единство народа»', '2026-12-01T15:00', 'held', 35],
      ['Диалоговая площадка', '2026-12-08T11:00', 'planned', undefined],
      ['Диалоговая площадка', '2026-12-15T11:00', 'planned', undefined],
    ]);
    expect(must(stored[2]).id).toBe(must(third).id);
  });

  it('filters a period by type, status and association, and lists overdue plans', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await createEvent(scope, base);
    await createEvent(scope, {
      ...base,
      typeCode: 'seminar',
      start: '2026-11-10T10:00',
      end: undefined,
      associationIds: [],
    });
    await createEvent(scope, { ...base, start: '2027-01-10T10:00', end: undefined });
    expect(await eventsInPeriod(scope, DECEMBER)).toHaveLength(1);
    expect(
      await eventsInPeriod(scope, { from: '2026-11-01', to: '2027-01-31' }, { typeCode: 'round_table' }),
    ).toHaveLength(2);
    expect(await eventsInPeriod(scope, { from: '2026-11-01', to: '2027-01-31' }, { associationId: 'a1' })).toHaveLength(
      2,
    );
    expect((await overdueEvents(scope, '2026-11-21')).map((event) => event.typeCode)).toEqual(['seminar']);
  });

  it('filters by district through the places it reads itself, including a village the office added', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', author: 't' };
    await db.places.bulkAdd([
      {
        ...stamp,
        id: '314800000',
        level: 'district',
        typeCode: 4,
        nameRu: 'Кордайский район',
        nameKk: 'Қордай ауданы',
        katoVersion: 't',
        custom: false,
      },
      {
        ...stamp,
        id: 'custom-1',
        level: 'settlement',
        typeCode: 2,
        nameRu: 'отд. Жаңатұрмыс',
        nameKk: 'Жаңатұрмыс',
        parentId: '314800000',
        katoVersion: 't',
        custom: true,
      },
    ] as never);
    await createEvent(scope, { ...base, placeId: 'custom-1' });
    await createEvent(scope, { ...base, title: 'Меркенский', placeId: '315430100' });
    const placesOf = async (districtId: string) =>
      (await eventsInPeriod(scope, DECEMBER, { districtId })).map((event) => event.placeId);
    expect(await placesOf('314800000')).toEqual(['custom-1']);
    expect(await placesOf('315400000')).toEqual(['315430100']);
  });

  it('refuses a postponed event without a reason and stores nothing', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await expect(createEvent(scope, { ...base, status: 'postponed' })).rejects.toThrow('reason_required');
    await expect(createEvent(scope, { ...base, links: ['file:///C:/calc.exe'] })).rejects.toThrow('link_invalid');
    expect(await db.events.count()).toBe(0);
  });

  it('copies an event as a template: the plan without its facts', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const [event] = await createEvent(scope, {
      ...base,
      organiserPersonIds: ['p1'],
      status: 'held',
      actualParticipants: 40,
      result: 'Итоги',
    });
    const copy = eventAsTemplate(must(event), '2027-02-03T15:00');
    expect(copy).toMatchObject({
      title: base.title,
      start: '2027-02-03T15:00',
      end: '2027-02-03T17:00',
      status: 'planned',
    });
    expect(copy.organiserPersonIds).toEqual(['p1']);
    expect(copy.actualParticipants).toBeUndefined();
    expect(copy.result).toBeUndefined();
  });
});

describe('the calendar filters', () => {
  it('offer the event forms, projects with their directions, working groups and live associations', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await ensureReferenceData(db, await loadEthnicGroupSeeds());
    await saveWorkingGroup(scope, {
      name: 'Рабочая группа №1',
      members: [],
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
    });
    const association: Omit<Association, 'id' | 'nameRu' | 'nameKk'> = {
      ethnicGroupIds: [],
      deputyIds: [],
      assemblyMember: false,
      units: [],
      status: 'active',
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      author: 'test',
    };
    await db.associations.bulkAdd([
      { ...association, id: 'a-live' as AssociationId, nameRu: 'Корейский центр', nameKk: 'Корей орталығы' },
      {
        ...association,
        id: 'a-gone' as AssociationId,
        nameRu: 'Закрытый центр',
        nameKk: 'Жабылған орталық',
        deletedAt: '2026-11-02T00:00:00.000Z',
      },
    ]);
    const options = await eventFilterOptions(scope);
    expect(options.types.map((item) => item.code)).toContain('round_table');
    expect(options.projects.length).toBeGreaterThan(0);
    const projectIds = new Set(options.projects.map((project) => project.id));
    expect(options.directions.every((direction) => direction.parentId && projectIds.has(direction.parentId))).toBe(
      true,
    );
    expect(options.groups.map((group) => group.name)).toEqual(['Рабочая группа №1']);
    expect(options.associations.map((item) => item.nameRu)).toEqual(['Корейский центр']);
  });
});

describe('working groups and field visits', () => {
  it('confirms a rotation as visits and sums a visit with its events and receptions', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const groups = await Promise.all(
      ['Группа 1', 'Группа 2'].map((name) =>
        saveWorkingGroup(scope, { name, members: [], periodStart: '2026-12-01', periodEnd: '2026-12-31' }),
      ),
    );
    const schedule = proposeRotation({
      groupIds: groups.map((group) => group.id),
      placeIds: ['311000000', '312000000', '313000000'],
      start: '2026-12-01',
      daysPerVisit: 2,
    });
    const visits = await confirmRotation(scope, schedule);
    expect(visits).toHaveLength(6);
    expect(await listVisits(scope, must(groups[0]).id)).toHaveLength(3);
    const visit = must(visits[0]);
    await createEvent(scope, { ...base, visitId: visit.id, status: 'held', actualParticipants: 120 });
    await createEvent(scope, { ...base, visitId: visit.id, start: '2026-12-02T10:00', end: undefined });
    const common = {
      topicCode: 'land',
      confidential: false,
      createdAt: '',
      updatedAt: '',
      author: 'test',
      date: '2026-12-01',
      visitId: visit.id,
    };
    await db.receptions.bulkAdd([
      { ...common, id: 'r1' as never, outcome: 'helped' },
      { ...common, id: 'r2' as never, outcome: 'control' },
      { ...common, id: 'r3' as never, outcome: 'explained' },
    ]);
    const detail = await visitDetail(scope, visit.id as VisitId);
    expect(detail?.totals).toEqual({ events: 1, participants: 120, received: 3, helped: 1, underControl: 1 });
    expect(await visitDetail(scope, 'missing' as VisitId)).toBeUndefined();
  });
});

describe('a plan of events imported from a spreadsheet', () => {
  it('adds the planned events once, and undo removes exactly them', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const kept = await createEvent(scope, {
      ...base,
      title: 'Уже в календаре',
      start: '2026-12-01T10:00',
      end: undefined,
    });
    const rows = [
      { rowNumber: 3, event: { ...eventToInput(must(kept[0])) }, repairs: [] },
      {
        rowNumber: 4,
        event: { ...eventToInput(must(kept[0])), title: 'Семинар для молодёжи', start: '2026-12-05', allDay: true },
        repairs: [],
      },
    ];
    const plan = await planEvents(scope, rows);
    expect(plan.map((item) => item.kind)).toEqual(['unchanged', 'new']);
    const totals = { new: 1, updated: 0, unchanged: 1, rejected: 0 };
    const batch = await applyEventImport(scope, plan, { fileName: 'план.xlsx', totals });
    expect((await eventsInPeriod(scope, DECEMBER)).map((event) => event.title).sort()).toEqual([
      'Семинар для молодёжи',
      'Уже в календаре',
    ]);
    expect(await planEvents(scope, rows)).toSatisfy((items: { kind: string }[]) =>
      items.every((item) => item.kind === 'unchanged'),
    );
    await undoImport(scope, batch.id);
    expect((await eventsInPeriod(scope, DECEMBER)).map((event) => event.title)).toEqual(['Уже в календаре']);
  });
});

describe('files attached to an event', () => {
  it('keeps a photo with the event, lists it without its bytes, refuses a file over the limit, and removes it', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const [event] = await createEvent(scope, base);
    const id = must(event).id;
    const photo = await attachToEvent(scope, id, {
      name: 'фото.jpg',
      type: 'image/jpeg',
      data: new Uint8Array([255, 216, 255]),
    });
    expect(await attachmentsOf(scope, id)).toEqual([expect.objectContaining({ fileName: 'фото.jpg', size: 3 })]);
    expect(await attachmentsOf(scope, id)).toEqual([expect.not.objectContaining({ data: expect.anything() })]);
    expect((await db.events.get(id))?.attachmentIds).toEqual([photo.id]);
    await expect(
      attachToEvent(scope, id, {
        name: 'видео.mp4',
        type: 'video/mp4',
        data: new Uint8Array(MAX_ATTACHMENT_BYTES + 1),
      }),
    ).rejects.toBeInstanceOf(AttachmentTooLargeError);
    expect(await db.attachments.count()).toBe(1);
    await removeAttachment(scope, photo.id);
    expect(await attachmentsOf(scope, id)).toEqual([]);
    expect((await db.events.get(id))?.attachmentIds).toEqual([]);
  });
});

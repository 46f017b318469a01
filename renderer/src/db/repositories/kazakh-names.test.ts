import { describe, expect, it } from 'vitest';
import { openTestDb, scopeAs } from '../test-db';
import { eventAsTemplate, eventToInput } from '@shared/events/event-template';
import { createEvent, eventsInPeriod, updateEvent } from './events';
import { saveCouncil } from './monitoring';
import { searchNamedRecords } from './name-search';
import { eventsReport } from './reports';
import { saveWorkingGroup } from './working-groups';

const DECEMBER = { from: '2026-12-01', to: '2026-12-31' };

const event = {
  title: 'День единства народа Казахстана',
  titleKk: 'Қазақстан халқының бірлігі күні',
  typeCode: 'round_table',
  start: '2026-12-01T15:00',
  allDay: false,
  organiserAgencyIds: [],
  organiserPersonIds: [],
  associationIds: [],
  audienceCodes: [],
  status: 'held',
  actualParticipants: 40,
  links: [],
};

async function office() {
  const db = await openTestDb();
  const admin = scopeAs(db);
  await createEvent(admin, event);
  await createEvent(admin, { ...event, title: 'Семинар для молодёжи', titleKk: undefined, start: '2026-12-02T10:00' });
  await saveWorkingGroup(admin, { name: 'Рабочая группа «Юг»', nameKk: '«Оңтүстік» жұмыс тобы', members: [] });
  await saveCouncil(admin, { name: 'Совет биев', nameKk: 'Билер кеңесі', kind: 'biys', memberIds: [] });
  return admin;
}

const reportOptions = (language: 'ru' | 'kk') => ({
  language,
  headers: language,
  maskPersonalData: false,
  asOf: '2026-12-31',
  today: '2026-12-31',
  includeConfidential: false,
});

describe('names given in both languages', () => {
  it('keeps the Kazakh names of an event, a working group and a council, and leaves them out when not given', async () => {
    const admin = await office();
    const events = await eventsInPeriod(admin, DECEMBER);
    expect(events.map((item) => item.titleKk)).toEqual(['Қазақстан халқының бірлігі күні', undefined]);
    const found = await searchNamedRecords(admin, 'оңтүстік');
    expect(found.workingGroups.map((group) => group.nameKk)).toEqual(['«Оңтүстік» жұмыс тобы']);
  });

  it('keeps the Kazakh title when the event is edited from its form, or copied as a template', async () => {
    const admin = await office();
    const [first] = await eventsInPeriod(admin, DECEMBER, { text: 'единства' });
    if (!first) throw new Error('no event');
    await updateEvent(admin, first.id, { ...eventToInput(first), actualParticipants: 45 });
    const [edited] = await eventsInPeriod(admin, DECEMBER, { text: 'единства' });
    expect(edited?.titleKk).toBe('Қазақстан халқының бірлігі күні');
    expect(edited?.actualParticipants).toBe(45);
    expect(eventAsTemplate(first).titleKk).toBe('Қазақстан халқының бірлігі күні');
  });

  it("finds events by either name in the calendar's title filter", async () => {
    const admin = await office();
    const byKazakh = await eventsInPeriod(admin, DECEMBER, { text: 'бірлігі' });
    const byRussian = await eventsInPeriod(admin, DECEMBER, { text: 'единства' });
    const typedOnRussianKeyboard = await eventsInPeriod(admin, DECEMBER, { text: 'бирлиги' });
    for (const found of [byKazakh, byRussian, typedOnRussianKeyboard])
      expect(found.map((item) => item.title)).toEqual(['День единства народа Казахстана']);
    expect(await eventsInPeriod(admin, DECEMBER, { text: 'концерт' })).toEqual([]);
  });

  it('finds events, working groups and councils in the global search by either name', async () => {
    const admin = await office();
    const kk = await searchNamedRecords(admin, 'кеңесі');
    expect(kk.councils.map((council) => council.name)).toEqual(['Совет биев']);
    const ru = await searchNamedRecords(admin, 'биев');
    expect(ru.councils.map((council) => council.nameKk)).toEqual(['Билер кеңесі']);
    const events = await searchNamedRecords(admin, 'халқының');
    expect(events.events.map((item) => item.title)).toEqual(['День единства народа Казахстана']);
    expect(await searchNamedRecords(admin, 'ю')).toEqual({ events: [], workingGroups: [], councils: [] });
  });

  it('writes the Kazakh title in a Kazakh report and the Russian one in a Russian report', async () => {
    const admin = await office();
    const titles = async (language: 'ru' | 'kk') =>
      (await eventsReport(admin, DECEMBER, reportOptions(language)))[0]?.rows.map((row) => row[2]);
    expect(await titles('kk')).toEqual(['Қазақстан халқының бірлігі күні', 'Семинар для молодёжи']);
    expect(await titles('ru')).toEqual(['День единства народа Казахстана', 'Семинар для молодёжи']);
  });
});

import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { DirectoryItemId, PersonId, PlaceId, ReceptionId, VisitId } from '@shared/model/ids';
import type { Reception } from '@shared/model/records';
import { receptionInputSchema } from '@shared/receptions/reception-input';
import { problemsOf } from '@shared/validation/issues';
import {
  blankReceptionValues,
  iinToLookUp,
  initialReceptionValues,
  nextInQueue,
  receptionFormErrors,
  receptionToSave,
  type ReceptionFormValues,
} from './reception-form-values';

const TODAY = '2026-12-14';

const stored: Reception = {
  id: 'r1' as ReceptionId,
  createdAt: '2026-12-14T05:00:00.000Z',
  updatedAt: '2026-12-14T05:00:00.000Z',
  author: 'operator',
  date: '2026-12-14',
  placeId: '311200000' as PlaceId,
  visitId: 'v1' as VisitId,
  officialId: 'p-official' as PersonId,
  citizenId: 'p-citizen' as PersonId,
  topicCode: 'land',
  summary: 'Участок под ИЖС',
  outcome: 'control',
  control: { responsibleBody: 'Отдел земельных отношений', deadline: '2027-01-08', history: [] },
  confidential: true,
};

/** Problem codes by field, as the form would show them translated. */
const codes = (error: z.ZodError) =>
  Object.fromEntries(problemsOf(error).map((problem) => [problem.field.split('.')[0], problem.code]));

const filled = (fields: Partial<ReceptionFormValues>): ReceptionFormValues => ({
  ...initialReceptionValues(null, TODAY),
  topicCode: 'land',
  outcome: 'explained',
  ...fields,
});

describe('the reception form and its values', () => {
  it('starts a new reception today with nothing else filled in', () => {
    const values = initialReceptionValues(null, TODAY);
    expect(values).toEqual(blankReceptionValues({ date: TODAY, placeId: '', visitId: '', officialId: '' }));
    expect(values).toMatchObject({ citizenId: '', newCitizen: false, outcome: '', confidential: false });
  });

  it('opens a stored reception with every field, and saves it back unchanged', () => {
    const values = initialReceptionValues(stored, TODAY);
    expect(values).toMatchObject({
      date: '2026-12-14',
      placeId: '311200000',
      visitId: 'v1',
      officialId: 'p-official',
      citizenId: 'p-citizen',
      newCitizen: false,
      topicCode: 'land',
      outcome: 'control',
      responsibleBody: 'Отдел земельных отношений',
      deadline: '2027-01-08',
      confidential: true,
    });
    const { input, citizen } = receptionToSave(values);
    expect(citizen).toBeUndefined();
    expect(receptionInputSchema(TODAY).parse(input)).toMatchObject({
      date: stored.date,
      citizenId: stored.citizenId,
      topicCode: stored.topicCode,
      summary: stored.summary,
      outcome: 'control',
      responsibleBody: 'Отдел земельных отношений',
      deadline: '2027-01-08',
      confidential: true,
    });
  });

  it('sends a new citizen with the reception, registered in its place, and names no citizen in the reception', () => {
    const values = filled({
      placeId: '311200000',
      citizenId: 'left-over',
      newCitizen: true,
      surname: 'Ахметова',
      givenName: 'Гульнар',
      iin: '850312400123',
    });
    const { input, citizen } = receptionToSave(values);
    expect(input.citizenId).toBe('');
    expect(citizen).toEqual({
      surname: 'Ахметова',
      givenName: 'Гульнар',
      patronymic: '',
      iin: '850312400123',
      phone: '',
      placeId: '311200000',
    });
  });

  it('keeps the sitting and clears the citizen and the appeal for the next in the queue', () => {
    const saved = filled({
      placeId: '311200000',
      visitId: 'v1',
      officialId: 'p-official',
      newCitizen: true,
      surname: 'Ахметова',
      summary: 'Просит',
      outcome: 'control',
      responsibleBody: 'Отдел',
      deadline: '2027-01-08',
      confidential: true,
    });
    expect(nextInQueue(saved)).toEqual(
      blankReceptionValues({ date: TODAY, placeId: '311200000', visitId: 'v1', officialId: 'p-official' }),
    );
  });

  it('requires what the outcome needs, and says only "required" of an agency', () => {
    const errors = (fields: Partial<ReceptionFormValues>) =>
      receptionFormErrors(filled(fields), TODAY, codes, 'REQUIRED');
    expect(errors({})).toEqual({});
    expect(errors({ topicCode: '', outcome: '' })).toEqual({ topicCode: 'required', outcome: 'required' });
    expect(errors({ outcome: 'helped' })).toEqual({ helpText: 'required' });
    expect(errors({ outcome: 'control' })).toEqual({ responsibleBody: 'required', deadline: 'required' });
    expect(errors({ outcome: 'control', responsibleBody: 'Отдел', deadline: '2026-12-01' })).toEqual({
      deadline: 'date_order',
    });
    expect(errors({ outcome: 'referred' })).toEqual({ referredToAgencyId: 'REQUIRED' });
    expect(errors({ outcome: 'referred', referredToAgencyId: 'agency' as DirectoryItemId })).toEqual({});
    expect(errors({ outcome: 'declined' })).toEqual({ declineReason: 'required' });
    expect(errors({ date: '2026-12-15' })).toEqual({ date: 'date_future' });
  });

  it('checks a new citizen as a person, and only a new one', () => {
    const errors = (fields: Partial<ReceptionFormValues>) =>
      receptionFormErrors(filled(fields), TODAY, codes, 'REQUIRED');
    expect(Object.keys(errors({ newCitizen: true }))).toEqual(['surname', 'givenName']);
    expect(errors({ newCitizen: true, surname: 'Ахметова', givenName: 'Гульнар' })).toEqual({});
    expect(errors({ newCitizen: false, surname: '' })).toEqual({});
  });

  it('looks up only a complete IIN, and only for a new citizen', () => {
    expect(iinToLookUp({ newCitizen: true, iin: '850312400123' })).toBe('850312400123');
    expect(iinToLookUp({ newCitizen: true, iin: '85031240012' })).toBeNull();
    expect(iinToLookUp({ newCitizen: false, iin: '850312400123' })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseDeadline } from './parse-deadline';

const read = (text: string) => parseDeadline(text, 2026);

describe('parseDeadline: deadlines as Russian plans write them', () => {
  it.each([
    ['до 25 декабря', { kind: 'date', date: '2026-12-25' }],
    ['25 декабря', { kind: 'date', date: '2026-12-25' }],
    ['до 1 марта 2027 года', { kind: 'date', date: '2027-03-01' }],
    ['25.12.2026', { kind: 'date', date: '2026-12-25' }],
    ['25.12.2026 г.', { kind: 'date', date: '2026-12-25' }],
    ['декабрь', { kind: 'date', date: '2026-12-31' }],
    ['май', { kind: 'date', date: '2026-05-31' }],
    ['до 10 мая', { kind: 'date', date: '2026-05-10' }],
    ['IV квартал', { kind: 'quarter', quarter: 4 }],
    ['4 квартал', { kind: 'quarter', quarter: 4 }],
    ['II квартал 2026 года', { kind: 'quarter', quarter: 2 }],
    ['в течение года', { kind: 'year' }],
    ['В течение 2026 года', { kind: 'year' }],
    ['постоянно', { kind: 'year' }],
    ['ежемесячно', { kind: 'monthly' }],
    ['ежеквартально', { kind: 'quarterly' }],
    ['I-IV кварталы', { kind: 'quarterly' }],
    ['I полугодие', { kind: 'quarter', quarter: 2 }],
    ['2 полугодие', { kind: 'quarter', quarter: 4 }],
  ])('%s', (text, deadline) => {
    expect(read(text)).toEqual({ ok: true, deadline, several: false });
  });

  it('an item due in several quarters is due at the last of them', () => {
    expect(read('I, III кварталы')).toEqual({ ok: true, deadline: { kind: 'quarter', quarter: 3 }, several: true });
    expect(read('I и III квартал')).toEqual({ ok: true, deadline: { kind: 'quarter', quarter: 3 }, several: true });
  });

  it('an item due at several dates is due at the last of them', () => {
    expect(read('до 1 июня, до 25 декабря')).toEqual({
      ok: true,
      deadline: { kind: 'date', date: '2026-12-25' },
      several: true,
    });
    expect(read('июнь, декабрь')).toEqual({ ok: true, deadline: { kind: 'date', date: '2026-12-31' }, several: true });
  });
});

describe('parseDeadline: deadlines as Kazakh plans write them', () => {
  it.each([
    ['желтоқсан', { kind: 'date', date: '2026-12-31' }],
    ['25 желтоқсанға дейін', { kind: 'date', date: '2026-12-25' }],
    ['желтоқсанның 25-і', { kind: 'date', date: '2026-12-25' }],
    ['2026 жылғы 1 наурызға дейін', { kind: 'date', date: '2026-03-01' }],
    ['жыл бойы', { kind: 'year' }],
    ['Жыл ішінде', { kind: 'year' }],
    ['ай сайын', { kind: 'monthly' }],
    ['тоқсан сайын', { kind: 'quarterly' }],
    ['IV тоқсан', { kind: 'quarter', quarter: 4 }],
    ['ІV тоқсан', { kind: 'quarter', quarter: 4 }],
    ['2-ші тоқсан', { kind: 'quarter', quarter: 2 }],
    ['тұрақты', { kind: 'year' }],
  ])('%s', (text, deadline) => {
    expect(read(text)).toEqual({ ok: true, deadline, several: false });
  });

  it('a range of quarters runs to its last quarter', () => {
    expect(read('II-IV тоқсан')).toEqual({ ok: true, deadline: { kind: 'quarter', quarter: 4 }, several: true });
    expect(read('ІІ–ІІІ тоқсандар')).toEqual({ ok: true, deadline: { kind: 'quarter', quarter: 3 }, several: true });
  });
});

describe('parseDeadline: what it refuses', () => {
  it('an empty cell is a missing deadline', () => {
    expect(read('')).toEqual({ ok: false, problem: 'deadline_required' });
    expect(read('   ')).toEqual({ ok: false, problem: 'deadline_required' });
  });

  it.each(['по мере необходимости', 'xyz', 'до 31 июня', '31.02.2026', 'V квартал'])(
    '«%s» is not a deadline it can check',
    (text) => {
      expect(read(text)).toEqual({ ok: false, problem: 'deadline_unknown' });
    },
  );
});

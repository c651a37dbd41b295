// Dates marked by hand: the value a selection is offered with, and what is accepted when typed.
import * as assert from 'node:assert/strict';
import { dateOfSelection, isoDateProblem } from '../../src/core/annotation/dates';

describe('dates marked by hand', () => {
  it('accepts a day, a month, a year and ranges of those', () => {
    for (const ok of ['2024-11-28', '2024-11', '2024', '2024-11-27/2024-11-28', '2024-11/2024-12', '2024-02-29', '2000-02-29', '2024-11/2024-11-30']) {
      assert.equal(isoDateProblem(ok), undefined, ok);
    }
  });

  it('refuses what is not a date of the calendar, with a message that says why', () => {
    assert.match(isoDateProblem('2023-02-29')!, /not a day of the calendar/);
    assert.match(isoDateProblem('1900-02-29')!, /not a day of the calendar/);
    assert.match(isoDateProblem('2024-13')!, /no month 13/);
    assert.match(isoDateProblem('28/11/2024')!, /expected a date such as/);
    assert.match(isoDateProblem('2024-11-28 ')!, /expected a date such as/);
    assert.match(isoDateProblem('')!, /expected a date such as/);
  });

  it('refuses a range that runs backwards or has one day', () => {
    assert.match(isoDateProblem('2024-11-28/2024-11-27')!, /ends \(2024-11-27\) before it starts/);
    assert.match(isoDateProblem('2024-11-28/2024-11-28')!, /give the date alone/);
    assert.match(isoDateProblem('2024/2025/2026')!, /expected a date such as/);
  });

  it('reads a selected date, with a preposition or weekday around it, in English and Italian', () => {
    assert.equal(dateOfSelection('28 November 2024'), '2024-11-28');
    assert.equal(dateOfSelection('on Thursday, 28 November 2024'), '2024-11-28');
    assert.equal(dateOfSelection('dal 6 al 13 ottobre', 2023), '2023-10-06/2023-10-13');
    assert.equal(dateOfSelection('2019'), '2019');
  });

  it('offers nothing when the selection is more than a date, or a date without its year', () => {
    assert.equal(dateOfSelection('Putin arrived in Astana on 28 November 2024'), undefined);
    assert.equal(dateOfSelection('28 November'), undefined);
    assert.equal(dateOfSelection('Astana'), undefined);
  });
});

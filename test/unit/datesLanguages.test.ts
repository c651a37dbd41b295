// Dates in English, Italian and Russian reports that the number-first forms do not cover: Russian
// month names, years alone and spans of years, weekdays resolved against the article's day, and
// months named alone or in part. Sentences made up for these tests.
import * as assert from 'node:assert/strict';
import '../../src/editor/services/zodConfig';
import { datelineDay, findDates, findDatesPlainly } from '../../src/core/recognizer/dates';
import { resolveWeekday } from '../../src/core/recognizer/dateWords';
import { selectLongest } from '../../src/core/recognizer/entityMatcher';
import { IncrementalRecognizer } from '../../src/core/recognizer/incremental';
import { publicationOptions } from '../../src/core/recognizer/recognizer';
import { describeArticle } from '../../src/core/annotation/articleMetadata';
import type { Mention } from '../../src/core/recognizer/mention';
import { factFileMention, isRecordableAsRead } from '../../src/core/annotation/status';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { bundledRecognizer } from './namesFound';

const dates = (text: string, year?: number, day?: string) => selectLongest(findDates(text, year, day)).map((d) => [d.text, d.iso]);
/** Thursday. */
const THURSDAY = '2024-03-14';

describe('dates in Russian, years, weekdays and months alone', () => {
  it('reads Russian day-month forms, with and without the year, and abbreviated months', () => {
    assert.deepEqual(dates('Переговоры прошли 12 марта 2023 года в Минске.'), [['12 марта 2023', '2023-03-12']]);
    assert.deepEqual(dates('Министры встретятся 4 декабря.', 2024), [['4 декабря', '2024-12-04']]);
    assert.deepEqual(dates('Астана, 9 окт. Президент', 2024), [['9 окт.', '2024-10-09']]);
    assert.deepEqual(dates('в понедельник, 3 июня, в Бишкеке', 2024), [['понедельник, 3 июня', '2024-06-03']]);
    assert.deepEqual(dates('Отчёт за ноябрь 2023 опубликован'), [['ноябрь 2023', '2023-11']]);
  });

  it('reads a weekday in the accusative and the date after it as one span', () => {
    assert.deepEqual(dates('Встреча пройдет в среду, 6 марта, а в пятницу 8 марта 2024 года и в субботу, 9 марта, — отдых.', 2024, THURSDAY), [
      ['среду, 6 марта', '2024-03-06'],
      ['пятницу 8 марта 2024', '2024-03-08'],
      ['субботу, 9 марта', '2024-03-09'],
    ]);
    // Alone, it is still the weekday.
    assert.deepEqual(dates('Переговоры прошли в среду.', 2024, THURSDAY), [['среду', '2024-03-13']]);
  });

  it('takes a year’s Russian ordinal ending into its span, and a year with one as a year; not a decade’s', () => {
    assert.deepEqual(dates('До конца 2026-го года и в 2027-м ничего не изменится. 2028-й год станет последним.', 2025), [
      ['конца 2026-го', '2026'],
      ['2027-м', '2027'],
      ['2028-й', '2028'],
    ]);
    assert.deepEqual(dates('С 2020-го по 2025-й год, в 2000-х годах.', 2025), [
      ['2020-го по 2025-й', '2020/2025'],
      ['2000-х', '2000/2009'],
    ]);
  });

  it('reads the year written after a part of a month as part of the date, and its year as the value', () => {
    assert.deepEqual(dates('Это было в начале декабря 2023 года и к концу марта 2022 г., а также во второй декаде сентября 2021 года.', 2025), [
      ['начале декабря 2023', '2023-12'],
      ['концу марта 2022', '2022-03'],
      ['второй декаде сентября 2021', '2021-09-11/2021-09-20'],
    ]);
    assert.deepEqual(dates("In early December 2023 and at the end of March 2022; all'inizio di dicembre 2023, a metà marzo 2022.", 2025), [
      ['early December 2023', '2023-12'],
      ['end of March 2022', '2022-03'],
      ['inizio di dicembre 2023', '2023-12'],
      ['metà marzo 2022', '2022-03'],
    ]);
    // A number that is no year after the month stays out: "в начале мая 150 человек".
    assert.deepEqual(dates('В начале мая 150 человек приехали, в конце мая 2 группы.', 2025), [
      ['начале мая', '2025-05'],
      ['конце мая', '2025-05'],
    ]);
  });

  it('reads a Russian range opened by "с … по …", the preposition left out, within a month or across two', () => {
    assert.deepEqual(dates('Учения прошли с 2 по 8 октября 2023 года под Гродно.'), [['2 по 8 октября 2023', '2023-10-02/2023-10-08']]);
    assert.deepEqual(dates('С 14 по 18 мая делегация работала в Ереване.', 2024), [['14 по 18 мая', '2024-05-14/2024-05-18']]);
    assert.deepEqual(dates('Форум продлится с 29 июня по 3 июля.', 2024), [['29 июня по 3 июля', '2024-06-29/2024-07-03']]);
    // "с" before a number that no "по" and month follow is a preposition, not a range.
    assert.deepEqual(dates('Он встретился с 12 послами 5 апреля.', 2024), [['5 апреля', '2024-04-05']]);
    assert.deepEqual(dates('Переговоры идут с 7 мая.', 2024), [['7 мая', '2024-05-07']]);
  });

  it('reads a range of days between two days, and a night from one day to the next, the opening words left out', () => {
    assert.deepEqual(dates('Talks were held between 10 and 12 January 2022 in Minsk.'), [['10 and 12 January 2022', '2022-01-10/2022-01-12']]);
    assert.deepEqual(dates('Между 10 и 12 января прошли учения.', 2022), [['10 и 12 января', '2022-01-10/2022-01-12']]);
    assert.deepEqual(dates('В ночь с 5 на 6 января войска вошли в Алматы.', 2022), [['5 на 6 января', '2022-01-05/2022-01-06']]);
    assert.deepEqual(dates('Nella notte tra il 5 e il 6 gennaio, poi fra il 10 e il 12 gennaio 2022.', 2021), [
      ['5 e il 6 gennaio', '2021-01-05/2021-01-06'],
      ['10 e il 12 gennaio 2022', '2022-01-10/2022-01-12'],
    ]);
    // Two days named, not a span between them: each day alone, the first in the second's month; a day after its end is no range.
    assert.deepEqual(dates('On 10 and 12 January they met; il 5 e il 6 gennaio.', 2022), [
      ['10', '2022-01-10'],
      ['12 January', '2022-01-12'],
      ['6 gennaio', '2022-01-06'],
    ]);
    assert.deepEqual(dates('Between 12 and 10 January.', 2022), [['10 January', '2022-01-10']]);
  });

  it('reads Italian ranges whose article or preposition is elided before the day, the elided words left out', () => {
    assert.deepEqual(dates('I colloqui dal 7 all’11 novembre, dall\'8 al 10 dicembre e dall’8 ottobre al 2 novembre.', 2024), [
      ['7 all’11 novembre', '2024-11-07/2024-11-11'],
      ['8 al 10 dicembre', '2024-12-08/2024-12-10'],
      ['8 ottobre al 2 novembre', '2024-10-08/2024-11-02'],
    ]);
    assert.deepEqual(dates("Fra l'8 e l'11 novembre, poi tra il 30 novembre e l'11 dicembre.", 2024), [
      ["8 e l'11 novembre", '2024-11-08/2024-11-11'],
      ["30 novembre e l'11 dicembre", '2024-11-30/2024-12-11'],
    ]);
    // A day after an elided article alone is a date of its own; an apostrophe opens no range without "dall'".
    assert.deepEqual(dates("L'8 novembre e l'11 dicembre; nell'8 al 10 maggio.", 2024), [
      ['8 novembre', '2024-11-08'],
      ['11 dicembre', '2024-12-11'],
      ['10 maggio', '2024-05-10'],
    ]);
  });

  it('reads a range between two days of two months, and a span of years opened by between, from, tra il or dal, the opening words left out', () => {
    assert.deepEqual(dates('Ministers meet in Minsk between 30 November and 2 December.', 2025), [['30 November and 2 December', '2025-11-30/2025-12-02']]);
    assert.deepEqual(dates('Voting ran between November 30 and December 2, 2023, and between October 18 and 23.', 2023), [
      ['November 30 and December 2, 2023', '2023-11-30/2023-12-02'],
      ['October 18 and 23', '2023-10-18/2023-10-23'],
    ]);
    assert.deepEqual(dates('Il vertice si terrà tra il 30 dicembre e il 2 gennaio 2027, fra il 1° marzo e il 3 aprile.', 2026), [
      ['30 dicembre e il 2 gennaio 2027', '2026-12-30/2027-01-02'],
      ['1° marzo e il 3 aprile', '2026-03-01/2026-04-03'],
    ]);
    assert.deepEqual(dates('Between 2019 and 2023 deliveries fell; from 2014 to 2016 they rose.'), [['2019 and 2023', '2019/2023'], ['2014 to 2016', '2014/2016']]);
    assert.deepEqual(dates('Tra il 2022 e il 2024 gli scambi sono cresciuti, dal 2015 al 2018 erano fermi.'), [['2022 e il 2024', '2022/2024'], ['2015 al 2018', '2015/2018']]);
    // Not a span: years in the wrong order, two days with no "between" or "tra".
    assert.deepEqual(dates('Between 2023 and 2019 nothing; on 30 November and 2 December they met.', 2025), [
      ['2023', '2023'],
      ['2019', '2019'],
      ['30 November', '2025-11-30'],
      ['2 December', '2025-12-02'],
    ]);
    assert.deepEqual(dates('Si sono visti il 5 marzo e il 6 aprile.', 2025), [['5 marzo', '2025-03-05'], ['6 aprile', '2025-04-06']]);
  });

  it('leaves a day without the reference year when the weekday written with it falls on another day in that year', () => {
    assert.deepEqual(dates('Прощание состоится в пятницу, 7 ноября.', 2025), [['пятницу, 7 ноября', '2025-11-07']]);
    assert.deepEqual(dates('Прощание состоится в пятницу, 7 ноября.', 1951), [['пятницу, 7 ноября', '--11-07']]);
    assert.deepEqual(dates('The funeral is on Friday, November 7; il funerale venerdì 7 novembre.', 1951), [['Friday, November 7', '--11-07'], ['venerdì 7 novembre', '--11-07']]);
    // A day written without a weekday keeps the year.
    assert.deepEqual(dates('Прощание состоится 7 ноября.', 1951), [['7 ноября', '1951-11-07']]);
  });

  it('reads a range of days opened by "со", as by "с"', () => {
    assert.deepEqual(dates('Учения пройдут со 2 по 4 июня, сборы со 2 мая по 4 июня 2025 года.', 2025), [
      ['2 по 4 июня', '2025-06-02/2025-06-04'],
      ['2 мая по 4 июня 2025', '2025-05-02/2025-06-04'],
    ]);
    // "со" with one day is that day; a word that only starts with "со" opens no range.
    assert.deepEqual(dates('Со 2 мая работает. Состав 2 по 4 июня.', 2025), [
      ['2 мая', '2025-05-02'],
      ['4 июня', '2025-06-04'],
    ]);
  });

  it('reads a span of years opened by "с" and closed by "по", with "года" after the first or not', () => {
    assert.deepEqual(dates('С 1992 по 1996 год он возглавлял штаб, с 2012 года по 2016 год служил в Гродно.'), [
      ['1992 по 1996', '1992/1996'],
      ['2012 года по 2016', '2012/2016'],
    ]);
    // Years in the wrong order are two years; "с" and one year alone is that year.
    assert.deepEqual(dates('С 1996 по 1992 год ничего; с 2020 года служит.'), [
      ['1996', '1996'],
      ['1992', '1992'],
      ['2020', '2020'],
    ]);
  });

  it('reads a Russian day written with its ordinal ending, and no Russian month before a number as a date', () => {
    assert.deepEqual(dates('Ранее, 12-го октября 2023 года, а затем 1-го мая документ одобрили.', 2024), [
      ['12-го октября 2023', '2023-10-12'],
      ['1-го мая', '2024-05-01'],
    ]);
    // Russian writes the day first: a number after a month is a count, not its day.
    assert.deepEqual(dates('Итоги подвели в мае. 3 делегации уехали, а в июне 5 остались.', 2024), [
      ['мае', '2024-05'],
      ['июне', '2024-06'],
    ]);
    // Every case of the ordinal: a range "с 5-го по 7-е", a day in the nominative or dative.
    assert.deepEqual(dates('Сборы пройдут с 5-го по 7-е мая, отчет — к 10-му июня; 1-ое сентября — День знаний.', 2025), [
      ['5-го по 7-е мая', '2025-05-05/2025-05-07'],
      ['10-му июня', '2025-06-10'],
      ['1-ое сентября', '2025-09-01'],
    ]);
    // An ending that is not a day's, or a number no month follows, is no date.
    assert.deepEqual(dates('Он занял 12-е место, а 3-го числа уехал; 2-е мая он провел дома? Нет, 5-е место в мае.', 2024), [
      ['2-е мая', '2024-05-02'],
      ['мае', '2024-05'],
    ]);
  });

  it('reads a Russian range between days of two months as one span, the opening word left out', () => {
    assert.deepEqual(dates('Встреча прошла между 30 ноября и 2 декабря в Сочи.', 2025), [['30 ноября и 2 декабря', '2025-11-30/2025-12-02']]);
    assert.deepEqual(dates('Делегации работали между 28 июня и 3 июля 2023 года.'), [['28 июня и 3 июля 2023', '2023-06-28/2023-07-03']]);
    // Over the new year, the first day is in the year before.
    assert.deepEqual(dates('Между 30 декабря и 2 января 2024 года границу закрыли.'), [['30 декабря и 2 января 2024', '2023-12-30/2024-01-02']]);
    // Two dates compared, not a span: "между" with no second day and month stays a preposition.
    assert.deepEqual(dates('Разница между 5 мая и нынешним днем велика.', 2024), [['5 мая', '2024-05-05']]);
    assert.deepEqual(dates('Выбор между 3 марта и 7 числом.', 2024), [['3 марта', '2024-03-03']]);
  });

  it('reads decades in three languages as the span of their years, and not a year with another ending or a count', () => {
    assert.deepEqual(dates('The bloc was founded in the 1990s and grew in the 2000s.'), [['1990s', '1990/1999'], ['2000s', '2000/2009']]);
    assert.deepEqual(dates('Negli anni \'90 e negli anni ’80 il trattato, poi anni 2010.'), [["anni '90", '1990/1999'], ['anni ’80', '1980/1989'], ['anni 2010', '2010/2019']]);
    assert.deepEqual(dates('В 1990-х годах, а затем в 90-е годы договор.'), [['1990-х', '1990/1999'], ['90-е', '1990/1999']]);
    assert.deepEqual(dates('Ordered 1995s parts, 90-е номера, 2010 troops.'), []);
  });

  it('takes a part of a year into the span (mid-, early, the end of; metà, inizio, fine; середине, начале, конце) and keeps the year as the value', () => {
    assert.deepEqual(dates('Talks resume in mid-2026, after late 2019 and by the end of 2025; early 1990s.'), [
      ['mid-2026', '2026'],
      ['late 2019', '2019'],
      ['end of 2025', '2025'],
      ['early 1990s', '1990/1999'],
    ]);
    assert.deepEqual(dates('Entro la metà del 2026, a metà 2025, all\'inizio del 2020 e alla fine dell\'2019.'), [
      ['metà del 2026', '2026'],
      ['metà 2025', '2025'],
      ['inizio del 2020', '2020'],
      ["fine dell'2019", '2019'],
    ]);
    assert.deepEqual(dates('В середине 2026 года, в начале 2020 года и в конце 2019 года.'), [
      ['середине 2026', '2026'],
      ['начале 2020', '2020'],
      ['конце 2019', '2019'],
    ]);
    // A part word written into another word is no part of the year.
    assert.deepEqual(dates('Amid 2020 troops were counted.'), []);
    // A half of a year, in each language: its months, as a half of a month gives its days.
    assert.deepEqual(dates('Во второй половине 2026 года и в первой половине 2025 года; in the second half of 2024; nella prima metà del 2023.'), [
      ['второй половине 2026', '2026-07/2026-12'],
      ['первой половине 2025', '2025-01/2025-06'],
      ['second half of 2024', '2024-07/2024-12'],
      ['prima metà del 2023', '2023-01/2023-06'],
    ]);
    // A quarter or a half-year by its own word, in each language; the last quarter is the fourth.
    assert.deepEqual(dates('Trade rose in the third quarter of 2025, в первом квартале 2026 года, за третий квартал 2024 года, в первом полугодии 2025 г., nel primo trimestre del 2026, nel primo semestre 2026, l’ultimo trimestre del 2024.'), [
      ['third quarter of 2025', '2025-07/2025-09'],
      ['первом квартале 2026', '2026-01/2026-03'],
      ['третий квартал 2024', '2024-07/2024-09'],
      ['первом полугодии 2025', '2025-01/2025-06'],
      ['primo trimestre del 2026', '2026-01/2026-03'],
      ['primo semestre 2026', '2026-01/2026-06'],
      ['ultimo trimestre del 2024', '2024-10/2024-12'],
    ]);
    // After "на" and "к", in the accusative and dative; the vaguer parts keep the year.
    assert.deepEqual(dates('Учения перенесли на вторую половину 2026 года, отчёт ждут к концу 2025 года, а смету — на начало 2027 года.'), [
      ['вторую половину 2026', '2026-07/2026-12'],
      ['концу 2025', '2025'],
      ['начало 2027', '2027'],
    ]);
    assert.deepEqual(dates('Срок сдвинули на середину 2024 года и на конец 2028 года.'), [
      ['середину 2024', '2024'],
      ['конец 2028', '2028'],
    ]);
    // A count after "половине" is no year: "года" or a part with its ordinal makes it one.
    assert.deepEqual(dates('В половине 2000 домов нет света, во второй половине 150 домов тоже.'), []);
    assert.deepEqual(dates('На половину 2000 домов и на вторую половину 150 домов свет не подали.'), []);
  });

  it('takes a year alone after a word of time, and spans of years, but not counts or names with a year', () => {
    assert.deepEqual(dates('The treaty was signed in 1994 and extended since 2010.'), [['1994', '1994'], ['2010', '2010']]);
    assert.deepEqual(dates('Il programma resterà in vigore fino al 2028.'), [['2028', '2028']]);
    assert.deepEqual(dates('Организация существует с 2004 года.'), [['2004', '2004']]);
    assert.deepEqual(dates('Il piano per il biennio 2018-2019 è pronto.'), [['2018-2019', '2018/2019']]);
    assert.deepEqual(dates('About 2000 soldiers joined Zapad-2021 and 1500 more followed.'), []);
    assert.deepEqual(dates('They approved a budget for 2024.'), [['2024', '2024']]);
    // A count after a word of time is still a count.
    assert.deepEqual(dates('It stood for 2000 years; the 2000 troops left; собрались в 2000 человек.'), []);
    assert.deepEqual(dates('Proceedings in 2000 cases; in 2000 casi; в 2000 случаях.'), []);
    assert.deepEqual(dates('Il bilancio 2019–2017 è errato.'), []);
    // After "a", a year of this century or the last: "a 2020 ceasefire deal", not "a 5000 bonus".
    assert.deepEqual(dates('Under a 2020 ceasefire deal and a 1992 treaty, with a 5000 bonus and a 2000 troops.'), [['2020', '2020'], ['1992', '1992']]);
    // Each year of a list whose first is a time, past the commas; not a list of counts.
    assert.deepEqual(dates('Первые три прошли в 2014, 2016 и 2018 годах.'), [['2014', '2014'], ['2016', '2016'], ['2018', '2018']]);
    assert.deepEqual(dates('Held in 2014, 2016, 2018 and 2022; prices: 2014, 2016 units.'), [['2014', '2014'], ['2016', '2016'], ['2018', '2018'], ['2022', '2022']]);
  });

  it('takes a chronology’s year alone: opening a line before a dash or a colon, or alone in brackets', () => {
    assert.deepEqual(dates('Key dates:\n1992 - The treaty is signed in Tashkent.\n  2006 – Uzbekistan returns.\n2012: it leaves again.'), [
      ['1992', '1992'],
      ['2006', '2006'],
      ['2012', '2012'],
    ]);
    assert.deepEqual(dates('1999 — Азербайджан не продлил договор, подписанный в Ташкенте (1992).'), [['1999', '1999'], ['1992', '1992']]);
    // A year inside a line before a dash, or a number in brackets with more in them, is no chronology's.
    assert.deepEqual(dates('Troops numbered 2000 - more than planned (2000 men).'), []);
  });

  it('takes a year alone in a table’s cell, or as the subject opening a sentence', () => {
    assert.deepEqual(dates('| Kyrgyzstan | Sadyr Japarov | 2025 |\n| Russia | Vladimir Putin | 2026\n'), [
      ['2025', '2025'],
      ['2026', '2026'],
    ]);
    assert.deepEqual(dates('It failed. 2024 was a hard year. 2023 год стал переломным.'), [
      ['2024', '2024'],
      ['2023', '2023'],
    ]);
    // A number of people opening a sentence is counted by a verb in the plural; a cell with more than a year is no year's.
    assert.deepEqual(dates('It failed. 2000 soldiers were sent. 1999 were wounded.\n| 2025 troops | 2024 budget |'), []);
  });

  it('resolves a weekday against the article day: the day itself, the one before, or the one announced', () => {
    assert.deepEqual(dates('The ministers met on Tuesday in Minsk.', 2024, THURSDAY), [['Tuesday', '2024-03-12']]);
    assert.deepEqual(dates('The ministers met on Thursday in Minsk.', 2024, THURSDAY), [['Thursday', THURSDAY]]);
    assert.deepEqual(dates('The leaders will meet on Friday.', 2024, THURSDAY), [['Friday', '2024-03-15']]);
    assert.deepEqual(dates('He spoke last Thursday.', 2024, THURSDAY), [['last Thursday', '2024-03-07']]);
    assert.deepEqual(dates('Il vertice di giovedì scorso è stato rinviato.', 2024, THURSDAY), [['giovedì scorso', '2024-03-07']]);
    assert.deepEqual(dates('Il ministro si recherà a Mosca lunedì prossimo.', 2024, THURSDAY), [['lunedì prossimo', '2024-03-18']]);
    assert.deepEqual(dates('Об этом он заявил в прошлую пятницу.', 2024, THURSDAY), [['прошлую пятницу', '2024-03-08']]);
    assert.deepEqual(dates('Об этом министр сообщил в среду.', 2024, THURSDAY), [['среду', '2024-03-13']]);
    assert.deepEqual(dates('Саммит состоится в субботу.', 2024, THURSDAY), [['субботу', '2024-03-16']]);
  });

  it('reads a weekday after a modal or a verb of intent as the coming one; "May" with its capital is the month', () => {
    assert.deepEqual(dates('Лидеры могут встретиться в субботу в Минске.', 2024, THURSDAY), [['субботу', '2024-03-16']]);
    assert.deepEqual(dates('Путин может в субботу прилететь в Минск.', 2024, THURSDAY), [['субботу', '2024-03-16']]);
    assert.deepEqual(dates('The leaders may meet on Saturday in Minsk.', 2024, THURSDAY), [['Saturday', '2024-03-16']]);
    assert.deepEqual(dates('The ministers might sign the accord on Saturday.', 2024, THURSDAY), [['Saturday', '2024-03-16']]);
    assert.deepEqual(dates('I leader potrebbero incontrarsi sabato a Minsk.', 2024, THURSDAY), [['sabato', '2024-03-16']]);
    // A web address's full stop ends no sentence: the future after it is the weekday's.
    assert.deepEqual(dates('Sabato, secondo Kaktus.media, si terrà una commemorazione.', 2024, THURSDAY), [['Sabato', '2024-03-16']]);
    // Being ready to do it, too: a month before the article's is next year's.
    assert.deepEqual(dates('Депутаты готовы рассмотреть соглашение в феврале.', 2023, '2023-12-05'), [['феврале', '2024-02']]);
    assert.deepEqual(dates('Депутаты рассмотрели соглашение в феврале.', 2023, '2023-12-05'), [['феврале', '2023-02']]);
    // Told, not announced: the day before the article's, as without the modal.
    assert.deepEqual(dates('The leaders met on Tuesday in Minsk.', 2024, THURSDAY), [['Tuesday', '2024-03-12']]);
    assert.deepEqual(dates('In May the ministers met on Tuesday.', 2024, THURSDAY), [
      ['May', '2024-05'],
      ['Tuesday', '2024-03-12'],
    ]);
  });

  it('reads a weekday joined by "and" to the one before it as the next such day after that one', () => {
    // Tuesday is the day before the article's; Wednesday, after it, is not the one a week earlier.
    assert.deepEqual(dates('Observers watched the drill on Tuesday and Wednesday.', 2024, THURSDAY), [
      ['Tuesday', '2024-03-12'],
      ['Wednesday', '2024-03-13'],
    ]);
    assert.deepEqual(dates('Le delegazioni si sono riunite giovedì e venerdì.', 2024, THURSDAY), [
      ['giovedì', THURSDAY],
      ['venerdì', '2024-03-15'],
    ]);
    assert.deepEqual(dates('Переговоры шли во вторник и среду.', 2024, THURSDAY), [
      ['вторник', '2024-03-12'],
      ['среду', '2024-03-13'],
    ]);
    // Not joined to the weekday just before: each is read against the article's day, and a Russian weekday still needs its preposition.
    assert.deepEqual(dates('He spoke on Thursday. Friday and Monday were quiet.', 2024, THURSDAY), [
      ['Thursday', THURSDAY],
      ['Friday', '2024-03-08'],
      ['Monday', '2024-03-11'],
    ]);
    assert.deepEqual(dates('Talks began on Thursday, with Friday and the weekend free.', 2024, THURSDAY), [
      ['Thursday', THURSDAY],
      ['Friday', '2024-03-08'],
    ]);
    assert.deepEqual(dates('Он защищает природу и среду.', 2024, THURSDAY), []);
  });

  it('leaves out weekdays that are names or words', () => {
    assert.deepEqual(dates('Domenica Rossi ha parlato con i giornalisti.', 2024, THURSDAY), []);
    assert.deepEqual(dates('Il comandante Sabato ha guidato la colonna.', 2024, THURSDAY), []);
    assert.deepEqual(dates('Эти меры защищают окружающую среду.', 2024, THURSDAY), []);
    assert.deepEqual(dates('Рост цен сказался на экономической среде и деловой среде региона.', 2024, THURSDAY), []);
    assert.deepEqual(dates('We met one sunday morning.', 2024, THURSDAY), []);
    assert.deepEqual(dates('Intervista a - Domenica Rossi.', 2024, THURSDAY), []);
    assert.deepEqual(dates('Sabato Esposito ha parlato. Venerdì Santo è festa.', 2024, THURSDAY), []);
  });

  it('reads an Italian weekday opening a sentence before a name, which no weekday but a first name starts', () => {
    assert.deepEqual(dates('Il vertice. Giovedì Tajani si sposterà a Samarcanda. Martedì Putin ha parlato.', 2024, THURSDAY), [
      ['Giovedì', THURSDAY],
      ['Martedì', '2024-03-12'],
    ]);
  });

  it('reads an Italian weekday with its capital at the start of a list\'s item or after a colon', () => {
    assert.deepEqual(dates('- Lunedì scorso il ministro ha incontrato i colleghi.\n• Martedì i ministri.', 2024, THURSDAY), [
      ['Lunedì scorso', '2024-03-11'],
      ['Martedì', '2024-03-12'],
    ]);
    assert.deepEqual(dates('Il ministro: Lunedì è arrivato a Mosca.', 2024, THURSDAY), [['Lunedì', '2024-03-11']]);
  });

  it('finds a weekday the article\'s day cannot resolve, with no ISO value rather than a guessed one', () => {
    assert.deepEqual(dates('The ministers met on Tuesday in Minsk.', 2024), [['Tuesday', undefined]]);
    assert.deepEqual(dates('The foreign ministers will meet again on Friday.'), [['Friday', undefined]]);
    assert.deepEqual(dates('Il vertice si è aperto mercoledì a Biškek.'), [['mercoledì', undefined]]);
    assert.deepEqual(dates('Il ministro è arrivato a Mosca sabato scorso.'), [['sabato scorso', undefined]]);
    assert.deepEqual(dates('Об этом министр сообщил в четверг.'), [['четверг', undefined]]);
    assert.deepEqual(dates('В пятницу делегации обсудили проект.'), [['пятницу', undefined]]);
  });

  it('reads a month alone after a preposition, and a part of a month, in the reference year', () => {
    assert.deepEqual(dates('The drills will resume in September.', 2024), [['September', '2024-09']]);
    assert.deepEqual(dates('La riunione è prevista a ottobre.', 2024), [['ottobre', '2024-10']]);
    assert.deepEqual(dates('Учения пройдут в сентябре.', 2024), [['сентябре', '2024-09']]);
    assert.deepEqual(dates('Talks are planned for mid-October.', 2024), [['mid-October', '2024-10']]);
    assert.deepEqual(dates('I lavori riprenderanno a inizio di settembre.', 2024), [['inizio di settembre', '2024-09']]);
    assert.deepEqual(dates('Встреча пройдёт в середине октября.', 2024), [['середине октября', '2024-10']]);
    assert.deepEqual(dates('Учения пройдут во второй декаде сентября.', 2024), [['второй декаде сентября', '2024-09-11/2024-09-20']]);
    assert.deepEqual(dates('Сборы пройдут в третьей декаде февраля.', 2024), [['третьей декаде февраля', '2024-02-21/2024-02-29']]);
  });

  it('reads the parts of a month each language writes, the preposition before them left out', () => {
    assert.deepEqual(dates('The talks resume in early September.', 2024), [['early September', '2024-09']]);
    assert.deepEqual(dates('A decision is expected by the end of November.', 2024), [['end of November', '2024-11']]);
    assert.deepEqual(dates('Le truppe rientreranno a metà ottobre.', 2024), [['metà ottobre', '2024-10']]);
    assert.deepEqual(dates("Il comando sarà pronto all'inizio di marzo.", 2024), [['inizio di marzo', '2024-03']]);
    assert.deepEqual(dates('Il vertice è atteso ai primi di dicembre.', 2024), [['primi di dicembre', '2024-12']]);
    assert.deepEqual(dates('Манёвры начнутся в начале сентября.', 2024), [['начале сентября', '2024-09']]);
    assert.deepEqual(dates('Доклад подготовят к концу ноября.', 2024), [['концу ноября', '2024-11']]);
    assert.deepEqual(dates('Переговоры пройдут в первой половине октября.', 2024), [['первой половине октября', '2024-10-01/2024-10-15']]);
    assert.deepEqual(dates('Сборы завершатся во второй половине февраля.', 2024), [['второй половине февраля', '2024-02-16/2024-02-29']]);
  });

  it('reads the Italian halves of a month, the first of a month in words, a year after "del" and a month after "nel"', () => {
    assert.deepEqual(dates('Le manovre si terranno nella prima metà di ottobre.', 2024), [['prima metà di ottobre', '2024-10-01/2024-10-15']]);
    assert.deepEqual(dates('Il rientro è atteso nella seconda metà di febbraio.', 2024), [['seconda metà di febbraio', '2024-02-16/2024-02-29']]);
    // "metà" alone is still the month, and "prima" before anything else is no part of it.
    assert.deepEqual(dates('Le truppe rientreranno a metà di ottobre, prima di novembre.', 2024), [['metà di ottobre', '2024-10'], ['novembre', '2024-11']]);
    assert.deepEqual(dates('I ministri si sono visti il primo dicembre e poi il primo marzo 2023.', 2024), [['primo dicembre', '2024-12-01'], ['primo marzo 2023', '2023-03-01']]);
    assert.deepEqual(dates('Il primo dicembre.'), [['primo dicembre', '--12-01']]);
    assert.deepEqual(dates('Nel marzo del 2021 la missione partì; nel maggio successivo rientrò.', 2024), [['marzo del 2021', '2021-03'], ['maggio', '2024-05']]);
    // "primo" that is no day, a month that is a name, "del" before a word.
    assert.deepEqual(dates('Il primo Maggio della lista, il primo ministro di marzo del nuovo governo.', 2024), [['marzo', '2024-03']]);
  });

  it('reads two months joined by "e" or "and" after "tra", "fra" or "between" as one span, the opening word left out', () => {
    assert.deepEqual(dates('Le manovre si sono svolte a cavallo tra settembre e ottobre; between June and July 2025 the talks stalled.', 2024), [
      ['settembre e ottobre', '2024-09/2024-10'],
      ['June and July 2025', '2025-06/2025-07'],
    ]);
    // Months in the wrong order make no range, each a date of its own; "and" before something else leaves the first month alone.
    assert.deepEqual(dates('Fra ottobre e settembre nulla; between May and the summit.', 2024), [
      ['ottobre', '2024-10'],
      ['settembre', '2024-09'],
      ['May', '2024-05'],
    ]);
  });

  it('reads a month joined by "and" or a comma to a date just before it as a date of its own, in that date’s year', () => {
    assert.deepEqual(dates('Meetings were held in October and November; в октябре и ноябре; a ottobre, novembre e dicembre.', 2024), [
      ['October', '2024-10'],
      ['November', '2024-11'],
      ['октябре', '2024-10'],
      ['ноябре', '2024-11'],
      ['ottobre', '2024-10'],
      ['novembre', '2024-11'],
      ['dicembre', '2024-12'],
    ]);
    assert.deepEqual(dates('In October 2021 and November the talks went on, and in May, June or July 2023.', 2024), [
      ['October 2021', '2021-10'],
      ['November', '2021-11'],
      ['May', '2024-05'],
      ['June', '2024-06'],
      ['July 2023', '2023-07'],
    ]);
    // A month after "and" with no date before it is a name or a word, as before.
    assert.deepEqual(dates('Theresa May and June Smith met; the talks and May.', 2024), []);
  });

  it('reads the first or last days of a Russian month as a part of it, the month its value', () => {
    assert.deepEqual(dates('Визит намечен на первые числа марта, переговоры — в последних числах декабря 2024 года.', 2024), [
      ['первые числа марта', '2024-03'],
      ['последних числах декабря 2024', '2024-12'],
    ]);
    // A day's number or no ordinal before "числа": no part of a month.
    assert.deepEqual(dates('До 5 числа января и в числах января ничего.', 2024), []);
  });

  it('reads a range whose ends are months or years, or parts of years, as one span, the opening word left out', () => {
    assert.deepEqual(dates('The drills were held between late 2023 and early 2024, and from October 2024 to March 2025.'), [
      ['late 2023 and early 2024', '2023/2024'],
      ['October 2024 to March 2025', '2024-10/2025-03'],
    ]);
    assert.deepEqual(dates("Le truppe restarono dall'ottobre 2023 al marzo 2024, tra la fine del 2024 e l'inizio del 2025."), [
      ['ottobre 2023 al marzo 2024', '2023-10/2024-03'],
      ["fine del 2024 e l'inizio del 2025", '2024/2025'],
    ]);
    assert.deepEqual(dates('Учения шли с конца 2023 по начало 2024 года, а переговоры — с октября 2024 по март 2025 года.'), [
      ['конца 2023 по начало 2024', '2023/2024'],
      ['октября 2024 по март 2025', '2024-10/2025-03'],
    ]);
    assert.deepEqual(dates('From the end of 2021 to mid-2022 and from 3 October 2022 to 5 March 2023.'), [
      ['end of 2021 to mid-2022', '2021/2022'],
      ['3 October 2022 to 5 March 2023', '2022-10-03/2023-03-05'],
    ]);
    // No opening word, an end before the start, or other words between: two dates.
    assert.deepEqual(dates('In late 2023 and early 2024 it grew; from 2024 to early 2023 nothing; between May 2023 and then June 2024.'), [
      ['late 2023', '2023'],
      ['early 2024', '2024'],
      ['2024', '2024'],
      ['early 2023', '2023'],
      ['May 2023', '2023-05'],
      ['June 2024', '2024-06'],
    ]);
  });

  it('gives a range of parts of years to the recognizer as one date', () => {
    const found = bundledRecognizer().recognize('Between late 2023 and early 2024 Armenia froze its part in the CSTO.');
    assert.deepEqual(
      found.filter((m) => m.type === 'date').map((m) => [m.text, m.iso]),
      [['late 2023 and early 2024', '2023/2024']],
    );
  });

  it('reads two days in a row each with its weekday, as a weekend is written, as one range', () => {
    assert.deepEqual(dates('Le manovre sabato 12 e domenica 13 ottobre; on Saturday 12 and Sunday 13 October 2024.', 2024, '2024-10-03'), [
      ['sabato 12 e domenica 13 ottobre', '2024-10-12/2024-10-13'],
      ['Saturday 12 and Sunday 13 October 2024', '2024-10-12/2024-10-13'],
    ]);
    // A weekday before a year is no day of the range.
    assert.deepEqual(dates('Sabato 2024 e domenica 13 ottobre.', 2024, '2024-10-03').map(([text]) => text), ['Sabato', 'domenica 13 ottobre']);
  });

  it('reads an English day written as an ordinal before "of" and its month', () => {
    assert.deepEqual(dates('They met on the 5th of October and on Friday, 8th of November 2024.', 2024), [
      ['5th of October', '2024-10-05'],
      ['Friday, 8th of November 2024', '2024-11-08'],
    ]);
    // A count before "of" is no day: the month stands alone.
    assert.deepEqual(dates('Only 5 of October’s flights left.', 2024), [['October', '2024-10']]);
  });

  it('reads the English halves of a month as the Italian ones', () => {
    assert.deepEqual(dates('Talks are set for the first half of November and the second half of February 2024.', 2024), [
      ['first half of November', '2024-11-01/2024-11-15'],
      ['second half of February 2024', '2024-02-16/2024-02-29'],
    ]);
    // "half of" without its ordinal, or after another word, is the month alone.
    assert.deepEqual(dates('Half of November was lost; the other half of May too.', 2024), [['November', '2024-11'], ['May', '2024-05']]);
  });

  it('reads Italian decades written in words after "anni", and the words alone as numbers', () => {
    assert.deepEqual(dates('Negli anni Novanta e negli anni ottanta, poi negli anni Duemila.'), [['anni Novanta', '1990/1999'], ['anni ottanta', '1980/1989'], ['anni Duemila', '2000/2009']]);
    assert.deepEqual(dates('Ha novanta anni e trenta nipoti.'), []);
    });

  it('reads a Russian part of a month in the accusative and the genitive, as after "на", "до" and "с"', () => {
    assert.deepEqual(dates('Занятия намечены на вторую декаду мая.', 2024), [['вторую декаду мая', '2024-05-11/2024-05-20']]);
    assert.deepEqual(dates('Срок перенесли на первую половину июня, отчёт ждут до третьей декады июля.', 2024), [
      ['первую половину июня', '2024-06-01/2024-06-15'],
      ['третьей декады июля', '2024-07-21/2024-07-31'],
    ]);
    assert.deepEqual(dates('Сессию назначили на середину августа, сдачу на конец сентября, набор на начало октября.', 2024), [
      ['середину августа', '2024-08'],
      ['конец сентября', '2024-09'],
      ['начало октября', '2024-10'],
    ]);
    // A half or a decade of something else, and an ordinal that is none of a month's parts, are no dates.
    assert.deepEqual(dates('Он вышел на вторую половину матча; на пятую декаду мая.', 2024), []);
  });

  it('finds a month, or a part of one, when no year is known, with no ISO value', () => {
    assert.deepEqual(dates('The drills will resume in September.'), [['September', undefined]]);
    assert.deepEqual(dates('La riunione è prevista a novembre.'), [['novembre', undefined]]);
    assert.deepEqual(dates('Учения пройдут в середине мая.'), [['середине мая', undefined]]);
    assert.deepEqual(dates('Учения пройдут в третьей декаде июня.'), [['третьей декаде июня', undefined]]);
  });

  it('leaves out a month that is a word or a name', () => {
    assert.deepEqual(dates('The ministers may meet again; they march on.', 2024), []);
    assert.deepEqual(dates('Talks with Theresa May went on in London.', 2024), []);
    assert.deepEqual(dates('Марта Иванова выступила на форуме.', 2024), []);
    assert.deepEqual(dates('Ne ha parlato il professor Di Marzo, intervistato da Agosto.', 2024), []);
    assert.deepEqual(dates("L'intervista a Marzo è uscita ieri.", 2024), []);
  });

  it('reads a Russian day of the month written in words, with or without the year', () => {
    assert.deepEqual(dates('Двадцать пятого мая министры соберутся в Минске.', 2023), [['Двадцать пятого мая', '2023-05-25']]);
    assert.deepEqual(dates('Саммит пройдёт первого июля 2024 года.'), [['первого июля 2024', '2024-07-01']]);
    assert.deepEqual(dates('Договор вступит в силу тридцать первого декабря.'), [['тридцать первого декабря', '--12-31']]);
    assert.deepEqual(dates('Совещание назначено на двенадцатое марта.', 2025), [['двенадцатое марта', '2025-03-12']]);
    // No 29 February in 2023: the month and year alone stand.
    assert.deepEqual(dates('Выборы пройдут двадцать девятого февраля 2023 года.'), [['февраля 2023', '2023-02']]);
    assert.deepEqual(dates('Приказ первого заместителя министра зачитали вслух.', 2024), []);
  });

  it('reads a Russian range of days in words as one span, "с" left outside', () => {
    assert.deepEqual(dates('Сборы пройдут с двадцать пятого по тридцатое октября.', 2025), [['двадцать пятого по тридцатое октября', '2025-10-25/2025-10-30']]);
    assert.deepEqual(dates('Выставка открыта с первого до десятого июня 2024 года.'), [['первого до десятого июня 2024', '2024-06-01/2024-06-10']]);
    assert.deepEqual(dates('Визит продлится со второго по двадцать первое мая.'), [['второго по двадцать первое мая', '--05-02/--05-21']]);
    assert.deepEqual(dates('Встречи прошли с третьего по пятое марта и седьмого-восьмого ноября.', 2025), [
      ['третьего по пятое марта', '2025-03-03/2025-03-05'],
      ['седьмого-восьмого ноября', '2025-11-07/2025-11-08'],
    ]);
    // No "с" before the first day, or days in the wrong order: the last day alone.
    assert.deepEqual(dates('Приказ пятого по счёту по тридцатое октября.', 2025), [['тридцатое октября', '2025-10-30']]);
    assert.deepEqual(dates('Их перевели с десятого по пятое мая.', 2025), [['пятое мая', '2025-05-05']]);
  });

  it('reads two days in a row joined by "and" as a range, and days apart each as a date in the month they share, written before or after them', () => {
    assert.deepEqual(dates('The talks on 3 and 4 October 2024 ended.'), [['3 and 4 October 2024', '2024-10-03/2024-10-04']]);
    assert.deepEqual(dates('I colloqui del 3 e 4 ottobre.', 2024), [['3 e 4 ottobre', '2024-10-03/2024-10-04']]);
    assert.deepEqual(dates('Переговоры 3 и 4 октября.', 2024), [['3 и 4 октября', '2024-10-03/2024-10-04']]);
    assert.deepEqual(dates('Drills on Oct. 3 and 4, 2024.'), [['Oct. 3 and 4, 2024', '2024-10-03/2024-10-04']]);
    assert.deepEqual(dates('Votes on 3 and 7 October.', 2024), [['3', '2024-10-03'], ['7 October', '2024-10-07']]);
    assert.deepEqual(dates('Перестрелки 14 и 16 сентября, голосования 3, 5 и 9 октября 2022 года.'), [
      ['14', '--09-14'],
      ['16 сентября', '--09-16'],
      ['3', '2022-10-03'],
      ['5', '2022-10-05'],
      ['9 октября 2022', '2022-10-09'],
    ]);
    // English writes the month first: the days after it are dates of their own, the year after
    // the last one every day's.
    assert.deepEqual(dates('Clashes on September 14 and 16, 2022; votes on Oct. 3, 5 or 9 in Minsk.', 2021), [
      ['September 14', '2022-09-14'],
      ['16, 2022', '2022-09-16'],
      ['Oct. 3', '2021-10-03'],
      ['5', '2021-10-05'],
      ['9', '2021-10-09'],
    ]);
    // A count after "and", an earlier day, or a day the month does not have: the first date alone.
    assert.deepEqual(dates('On September 14 and 16 soldiers died; on May 14 and 12, 2022; on June 30 and 31.', 2024), [
      ['September 14', '2024-09-14'],
      ['May 14', '2024-05-14'],
      ['June 30', '2024-06-30'],
    ]);
    // A later day, or a number after a word or a comma of figures, is no day of the list.
    assert.deepEqual(dates('On 12 and 7 October; 1,000 and 7 October.', 2024), [['7 October', '2024-10-07'], ['7 October', '2024-10-07']]);
    assert.deepEqual(dates('By Oct. 3 and 4,000 troops.', 2024), [['Oct. 3', '2024-10-03']]);
    assert.deepEqual(dates('Between 3 and 4 million people.', 2024), []);
  });

  it('counts weekdays in whole days, across months and years', () => {
    assert.equal(resolveWeekday('2025-01-01', 6, undefined), '2024-12-29');
    assert.equal(resolveWeekday('2024-02-29', 0, 'next'), '2024-03-04');
    assert.equal(resolveWeekday('2024-03-14', 3, 'last'), '2024-03-07');
  });

  it('reads a weekday a sentence announces as the article\'s own day when it is that day, else the coming one', () => {
    // 5 June 2024 was a Wednesday.
    const article = (sentence: string) => `MINSK, June 5, 2024. ${sentence}`;
    const iso = (sentence: string) => bundledRecognizer().recognize(article(sentence)).filter((m) => m.type === 'date' && /day/.test(m.text)).map((m) => m.iso);
    assert.deepEqual(iso('The ministers are expected to agree on a plan at Wednesday\'s meeting.'), ['2024-06-05']);
    assert.deepEqual(iso('The ministers will meet again on Friday.'), ['2024-06-07']);
    assert.deepEqual(iso('The ministers met on Monday.'), ['2024-06-03']);
    // A weekday that starts its sentence, with the verb that announces after it in its clause.
    const weekday = (sentence: string) => bundledRecognizer().recognize(article(sentence)).filter((m) => m.type === 'date' && !/2024/.test(m.text)).map((m) => m.iso);
    assert.deepEqual(weekday('On Friday, Putin will fly back to Moscow.'), ['2024-06-07']);
    assert.deepEqual(weekday('Venerdì il presidente rientrerà a Mosca.'), ['2024-06-07']);
    assert.deepEqual(weekday('В пятницу Путин будет в Москве.'), ['2024-06-07']);
    assert.deepEqual(weekday('On Friday, Putin said he will visit Minsk.'), ['2024-05-31']);
    assert.deepEqual(weekday('The ministers met on Friday and will meet again.'), ['2024-05-31']);
    assert.deepEqual(iso('The ministers will meet next Wednesday.'), ['2024-06-12']);
    // A weekday said to be of the next, the last or this week: that week's, the words in the span when they follow it.
    const spans = (sentence: string) => bundledRecognizer().recognize(article(sentence)).filter((m) => m.type === 'date' && !/2024/.test(m.text)).map((m) => [m.text, m.iso]);
    assert.deepEqual(spans('They will meet on Friday next week.'), [['Friday next week', '2024-06-14']]);
    assert.deepEqual(spans('They met last week on Thursday.'), [['Thursday', '2024-05-30']]);
    assert.deepEqual(spans('Si sono incontrati giovedì della scorsa settimana.'), [['giovedì della scorsa settimana', '2024-05-30']]);
    assert.deepEqual(spans('Они встретятся в пятницу на следующей неделе.'), [['пятницу на следующей неделе', '2024-06-14']]);
    assert.deepEqual(spans('Они встретились на этой неделе в понедельник.'), [['понедельник', '2024-06-03']]);
    // A verb of saying in the past right beside the weekday: the saying's day, whatever the sentence announced before it.
    assert.deepEqual(weekday('Leaders of Armenia were also expected, the Kremlin said on Monday.'), ['2024-06-03']);
    assert.deepEqual(weekday('Песков, который примет участие в саммите, в понедельник заявил об этом.'), ['2024-06-03']);
    assert.deepEqual(weekday('Lukashenko, che sarà a Minsk, ha detto lunedì che non ci sarà.'), ['2024-06-03']);
    assert.deepEqual(weekday('Peskov said Putin will arrive on Friday.'), ['2024-06-07']);
    // A participle after "be" or a future is no saying in the past.
    assert.deepEqual(weekday('The results will be announced on Friday; il risultato sarà annunciato venerdì.'), ['2024-06-07', '2024-06-07']);
    // The present of a verb that opens or brings a scheduled event tells of the coming day.
    assert.deepEqual(weekday('The drills begin on Friday.'), ['2024-06-07']);
    assert.deepEqual(weekday('The drills start on Friday.'), ['2024-06-07']);
    assert.deepEqual(weekday('Le manovre iniziano venerdì.'), ['2024-06-07']);
    assert.deepEqual(weekday('Министра ждут в пятницу.'), ['2024-06-07']);
    assert.deepEqual(weekday('Учения начинаются в пятницу.'), ['2024-06-07']);
    // A participle in the past right before the weekday, or its preposition, tells it as past whatever the sentence announced.
    assert.deepEqual(weekday('Le manovre sono in programma, e la visita del ministro, avvenuta martedì, era attesa.'), ['2024-06-04']);
    assert.deepEqual(weekday('На встрече, состоявшейся во вторник, решили, что саммит пройдёт в Минске.'), ['2024-06-04']);
    assert.deepEqual(weekday('The deal signed on Tuesday will enter into force next year.'), ['2024-06-04']);
    // A weekday ending a headline is not the date that opens the next line; after a comma, it is.
    const days = (text: string) => bundledRecognizer().recognize(text, { articleDate: '2024-11-05' }).filter((m) => m.type === 'date').map((m) => [m.text, m.iso]);
    const dates = (text: string) => days(text).map(([text]) => text);
    assert.deepEqual(dates('Putin will visit Minsk on Friday\nNovember 5, 2024 10:32 AM'), ['Friday', 'November 5, 2024']);
    assert.deepEqual(dates('Putin will visit Minsk on Friday\n\nNovember 5, 2024'), ['Friday', 'November 5, 2024']);
    assert.deepEqual(dates('Ci vediamo lunedì,\n27 novembre.'), ['lunedì,\n27 novembre']);
    // A headline's infinitive is what is to come; in a sentence "went to visit" is not.
    assert.deepEqual(days('Putin to Visit Minsk on Friday\nNovember 5, 2024'), [['Friday', '2024-11-08'], ['November 5, 2024', '2024-11-05']]);
    assert.deepEqual(days('Leaders to meet in Astana on Thursday\nThe talks were announced.'), [['Thursday', '2024-11-07']]);
    assert.deepEqual(days('He went to visit Minsk on Friday. Putin Returns to Moscow on Friday'), [['Friday', '2024-11-01'], ['Friday', '2024-11-01']]);
    // A headline's future above a line told in the past is not the day's.
    assert.deepEqual(weekday('Armenia Will Leave CSTO\nPashinyan spoke on Friday.'), ['2024-05-31']);
    assert.deepEqual(weekday("L'Armenia lascerà la Csto\nPashinyan ha parlato venerdì."), ['2024-05-31']);
    assert.deepEqual(weekday('Armenia Will Leave CSTO\nPashinyan will speak on Friday.'), ['2024-06-07']);
    // An earlier sentence's past in the same line is its own.
    assert.deepEqual(weekday('On Monday he received the envoy. On Friday the minister will fly to Vienna.'), ['2024-06-03', '2024-06-07']);
    assert.deepEqual(weekday('Во вторник он принял посла. В пятницу министр посетит Минск.'), ['2024-06-04', '2024-06-07']);
    // A weekday opening a clause of reported speech, with its verb after it.
    assert.deepEqual(weekday('По его словам, в пятницу в Минске начнется рабочая встреча.'), ['2024-06-07']);
    assert.deepEqual(weekday('According to Khrenin, on Friday the delegation will arrive.'), ['2024-06-07']);
    assert.deepEqual(weekday('Khrenin ha spiegato che venerdì una delegazione arriverà a Minsk.'), ['2024-06-07']);
    assert.deepEqual(weekday('Khrenin ha spiegato che venerdì una delegazione dello Stato maggiore generale russo arriverà a Minsk.'), ['2024-06-07']);
    assert.deepEqual(weekday('Khrenin said that on Friday the delegation will arrive; the Kremlin said on Monday that talks went well.'), ['2024-06-07', '2024-06-03']);
    // A verb in the past after a weekday opening the sentence keeps it told, whatever the next clause announces.
    assert.deepEqual(weekday('Во вторник Жапаров провел заседание, а в пятницу встретится с Путиным.'), ['2024-06-04', '2024-06-07']);
    // More Russian perfective verbs, "is set to", "dovrebbe".
    assert.deepEqual(weekday('В пятницу Тасмагамбетов вылетит в Алматы, а министр вернется.'), ['2024-06-07']);
    assert.deepEqual(weekday('On Friday the minister is set to fly to Almaty. Venerdì il ministro dovrebbe firmare.'), ['2024-06-07', '2024-06-07']);
    // A future verb right after a weekday inside its sentence announces it too.
    assert.deepEqual(weekday('Жапаров в пятницу встретится с Путиным.'), ['2024-06-07']);
    assert.deepEqual(weekday('Жапаров встретился в пятницу с Путиным.'), ['2024-05-31']);
    // "start" or "meet" after no plural subject may be a noun or an infinitive, which tells no future.
    assert.deepEqual(weekday('After a slow start on Friday, the talks ended.'), ['2024-05-31']);
    assert.deepEqual(weekday('They failed to meet on Friday.'), ['2024-05-31']);
  });

  it('gives a day without its year the year its month was named with before it in its line', () => {
    // Read in an article of 2023.
    assert.deepEqual(dates('In January 2022 CSTO forces entered Kazakhstan. The first units arrived on January 7.', 2023), [
      ['January 2022', '2022-01'],
      ['January 7', '2022-01-07'],
    ]);
    assert.deepEqual(dates('Учения начались 20 сентября 2022 года и завершились 25 сентября.', 2023), [
      ['20 сентября 2022', '2022-09-20'],
      ['25 сентября', '2022-09-25'],
    ]);
    // Another month, or the month named on another line, says nothing of the day's year.
    assert.deepEqual(dates('The war began in February 2022. On March 3 the minister will speak.', 2023), [
      ['February 2022', '2022-02'],
      ['March 3', '2023-03-03'],
    ]);
    // A day after the article's own, in a sentence that announces nothing, is no day of that
    // later year: the next summit's month, then what the ministers did on the eve.
    assert.deepEqual(dates('Следующий саммит пройдет в ноябре 2025 года. Накануне, 27 ноября, министры заседали.', 2024, '2024-11-28'), [
      ['ноябре 2025', '2025-11'],
      ['27 ноября', '2024-11-27'],
    ]);
    assert.deepEqual(dates('The next summit will be held in November 2025. It will open on 27 November.', 2024, '2024-11-28'), [
      ['November 2025', '2025-11'],
      ['27 November', '2025-11-27'],
    ]);
    // A day its sentence announces is to come, not in a past year named before it.
    assert.deepEqual(dates('Lukashenka hosted the last summit on 23 November 2023 and will fly to Astana for the next one on 28 November.', 2024, '2024-11-12'), [
      ['23 November 2023', '2023-11-23'],
      ['28 November', '2024-11-28'],
    ]);
    assert.deepEqual(dates('In January 2022 forces entered.\nThe units arrived on January 7.', 2023), [
      ['January 2022', '2022-01'],
      ['January 7', '2023-01-07'],
    ]);
    // A whole day with its year tells the year of the days after it in its month, not of one before it.
    assert.deepEqual(dates('Founded on 8 December 1999, the Union State approved its budget on 6 December.', 2025), [
      ['8 December 1999', '1999-12-08'],
      ['6 December', '2025-12-06'],
    ]);
    assert.deepEqual(dates('The talks began on 8 December 1999 and ended on 10 December.', 2025), [
      ['8 December 1999', '1999-12-08'],
      ['10 December', '1999-12-10'],
    ]);
    // With its weekday, only where the weekday falls on the day that year: 14 June 2010 was a
    // Monday, 14 June 2020 a Sunday.
    assert.deepEqual(dates('In June 2010 riots shook Osh. On Monday, June 14, the committee met.', 2020), [
      ['June 2010', '2010-06'],
      ['Monday, June 14', '2010-06-14'],
    ]);
    assert.deepEqual(dates('In June 2010 riots shook Osh. On Sunday, June 14, the committee met.', 2020), [
      ['June 2010', '2010-06'],
      ['Sunday, June 14', '2020-06-14'],
    ]);
  });

  it('gives a day without its year the year that opens its sentence with "in", "nel" or "в"', () => {
    const days = (sentence: string) => dates(sentence, 2022, '2022-05-15').filter(([text]) => !/^\d{4}$/.test(text ?? ''));
    assert.deepEqual(days('In 2002 the treaty became an organisation, and its charter was adopted in Chisinau on October 7.'), [['October 7', '2002-10-07']]);
    assert.deepEqual(days('In 2012, Uzbekistan suspended its membership on June 28.'), [['June 28', '2012-06-28']]);
    assert.deepEqual(days('Nel 2012 l\'Uzbekistan ha sospeso la sua adesione il 28 giugno.'), [['28 giugno', '2012-06-28']]);
    assert.deepEqual(days('В 2002 году договор стал организацией, устав был принят в Кишиневе 7 октября.'), [['7 октября', '2002-10-07']]);
    // Not across sentences, nor over a word of the future or another year.
    assert.deepEqual(days('In 2012 Uzbekistan left. On June 28 it will meet again.'), [['June 28', '2022-06-28']]);
    assert.deepEqual(days('In 2012, Uzbekistan left; its leaders will meet on June 28.'), [['June 28', '2022-06-28']]);
  });

  it('gives a date without its year the year the words around it say: "next year", "dell\'anno scorso", "lo scorso 12 aprile"', () => {
    // 3 March 2025 is the article's day.
    const read = (sentence: string) => dates(sentence, 2025, '2025-03-03');
    assert.deepEqual(read('Tokayev will visit Beijing on March 3 next year and Tashkent in May next year.'), [
      ['March 3', '2026-03-03'],
      ['May', '2026-05'],
    ]);
    assert.deepEqual(read('The ministers met on Feb. 27 last year, and again on January 10 this year.'), [
      ['Feb. 27', '2024-02-27'],
      ['January 10', '2025-01-10'],
    ]);
    assert.deepEqual(read("Si erano visti il 10 gennaio dell'anno scorso e si rivedranno a maggio dell'anno prossimo, il 9 giugno del prossimo anno."), [
      ['10 gennaio', '2024-01-10'],
      ['maggio', '2026-05'],
      ['9 giugno', '2026-06-09'],
    ]);
    // "scorso" and "prossimo" around a day: the last one before the article's day, or the next one after it.
    assert.deepEqual(read('Il premier, che il 3 marzo prossimo sarà a Roma, aveva incontrato lo scorso 12 aprile il collega, e il 20 febbraio scorso il ministro.'), [
      ['3 marzo', '2026-03-03'],
      ['12 aprile', '2024-04-12'],
      ['20 febbraio', '2025-02-20'],
    ]);
    assert.deepEqual(read('Il prossimo 10 marzo il vertice.'), [['10 marzo', '2025-03-10']]);
    // Other words after the date leave its year as before; so does a year written.
    assert.deepEqual(read('Il 12 aprile prossimamente; the 12 April lastly; on 12 April 2023 next year.'), [
      ['12 aprile', '2025-04-12'],
      ['12 April', '2025-04-12'],
      ['12 April 2023', '2023-04-12'],
    ]);
  });

  it('takes the Italian "due" for the number it is, not for an announcement, unless after a form of "be"', () => {
    const read = (sentence: string) => dates(sentence, 2025, '2025-03-03');
    assert.deepEqual(read('I due leader si erano incontrati il 10 gennaio.'), [['10 gennaio', '2025-01-10']]);
    assert.deepEqual(read('The two leaders are due to meet on 10 January.'), [['10 January', '2026-01-10']]);
  });

  it('reads a month without a year that a sentence announces, earlier in the year than the article, as next year\'s', () => {
    const months = (article: string) => bundledRecognizer().recognize(article).filter((m) => m.type === 'date' && !/\d/.test(m.text)).map((m) => [m.text, m.iso]);
    assert.deepEqual(months('ALMATY, December 4, 2023. The ministers will meet again in early March.'), [['early March', '2024-03']]);
    assert.deepEqual(months('MOSCA, 4 dicembre 2023. Il vertice si terrà a Minsk a fine febbraio.'), [['fine febbraio', '2024-02']]);
    // "prossimo" before the date says it is the coming one.
    assert.deepEqual(months('MOSCA, 4 dicembre 2023. Il prossimo vertice a metà marzo.'), [['metà marzo', '2024-03']]);
    // Reported speech announces too.
    assert.deepEqual(months('ALMATY, December 4, 2023. He said Minsk would host the ministers in late February.'), [['late February', '2024-02']]);
    // An Italian verb in the future tense, listed or not, announces.
    assert.deepEqual(months('MOSCA, 4 dicembre 2023. Minsk ospiterà i ministri a metà gennaio.'), [['metà gennaio', '2024-01']]);
    assert.deepEqual(months('МОСКВА, 4 декабря 2023. Учения пройдут в Бресте в середине апреля.'), [['середине апреля', '2024-04']]);
    // A range of months takes the year of its first.
    assert.deepEqual(months('ALMATY, December 4, 2023. Drills are planned in January–March.'), [['January–March', '2024-01/2024-03']]);
    // Told, not announced: the article's year.
    assert.deepEqual(months('ALMATY, December 4, 2023. The ministers met in early March.'), [['early March', '2023-03']]);
    assert.deepEqual(months('MOSCA, 4 dicembre 2023. Il tiranno cadde a fine febbraio.'), [['fine febbraio', '2023-02']]);
    // Words of planning announce too: scheduled, set for, fissato, намечен, запланирован.
    assert.deepEqual(months('ALMATY, December 4, 2023. Talks are set for early March.'), [['early March', '2024-03']]);
    assert.deepEqual(months('MOSCA, 4 dicembre 2023. Il vertice è fissato per fine febbraio.'), [['fine febbraio', '2024-02']]);
    assert.deepEqual(months('MOSCA, 4 dicembre 2023. Le riunioni sono fissate per fine febbraio.'), [['fine febbraio', '2024-02']]);
    assert.deepEqual(months('МОСКВА, 4 декабря 2023. Следующий раунд намечен на середину апреля.'), [['середину апреля', '2024-04']]);
    // "in programma", though the sentence tells a visit as past.
    assert.deepEqual(months('MOSCA, 4 dicembre 2023. Tokayev ha ricevuto il segretario per la sessione in programma a fine febbraio.'), [['fine febbraio', '2024-02']]);
    // A Russian perfective verb of a visit or a meeting tells the future.
    assert.deepEqual(months('МОСКВА, 4 декабря 2023. Лавров посетит Минск в середине января.'), [['середине января', '2024-01']]);
    assert.deepEqual(months('МОСКВА, 4 декабря 2023. Министры обсудят это в конце февраля.'), [['конце февраля', '2024-02']]);
    // A clause after a comma and "and", "e", "а" that tells of the past is its own, whatever the clause before it announces.
    const daysWithoutYear = (article: string) => bundledRecognizer().recognize(article).filter((m) => m.type === 'date' && !/20\d\d/.test(m.text)).map((m) => [m.text, m.iso]);
    assert.deepEqual(daysWithoutYear('MOSCA, 8 settembre 2023. Erevan aveva rinunciato alle esercitazioni previste, e il 25 maggio il ministro non si era presentato.'), [['25 maggio', '2023-05-25']]);
    assert.deepEqual(daysWithoutYear('ALMATY, September 8, 2023. The drills planned were called off, and on May 25 the minister did not attend.'), [['May 25', '2023-05-25']]);
    assert.deepEqual(daysWithoutYear('МОСКВА, 8 сентября 2023. Учения будут позже, а 25 мая министр не приехал.'), [['25 мая', '2023-05-25']]);
    // … and announcing in its own clause, or said (a saying keeps its tenses), still the coming one.
    assert.deepEqual(daysWithoutYear('ALMATY, September 8, 2023. He said talks were set for June, and that a visit was being prepared for May 25.'), [['June', '2024-06'], ['May 25', '2024-05-25']]);
    assert.deepEqual(daysWithoutYear('MOSCA, 8 settembre 2023. Erevan ha rinunciato, e il ministro sarà a Mosca il 25 maggio.'), [['25 maggio', '2024-05-25']]);
    // Preparations for an event put it ahead, in a sentence told in the past.
    assert.deepEqual(daysWithoutYear('ALMATY, January 15, 2025. He met the minister and briefed the council on preparations for an exercise from May 19 to 23.'), [['May 19 to 23', '2025-05-19/2025-05-23']]);
    // "Next year" or "last year" earlier in the sentence gives its dates without a year that year.
    assert.deepEqual(months('MOSCA, 30 novembre 2024. Il prossimo anno il vertice di Biškek è previsto a fine novembre.'), [['fine novembre', '2025-11']]);
    assert.deepEqual(months('MINSK, November 30, 2024. Last year, the summit met in late November.'), [['late November', '2023-11']]);
    assert.deepEqual(months('МОСКВА, 30 ноября 2024. В прошлом году саммит прошёл в конце ноября.'), [['конце ноября', '2023-11']]);
    assert.deepEqual(months('МОСКВА, 30 ноября 2024. В минувшем году саммит прошёл в конце ноября.'), [['конце ноября', '2023-11']]);
    // The same words after the month: минувшего, позапрошлого, будущего, наступающего года.
    assert.deepEqual(dates('в январе минувшего года, в октябре позапрошлого года, в ноябре будущего года', 2024).map(([, iso]) => iso), ['2023-01', '2022-10', '2025-11']);
    // "This year" keeps the article's year for a month more than half a year ahead.
    assert.deepEqual(months('ALMATY, February 4, 2025. Later this year the leaders meet in November.'), [['November', '2025-11']]);
    // "Next" in Russian announces: a month half a year ahead stays this year's.
    assert.deepEqual(months('МОСКВА, 2 апреля 2025. Следующее заседание — в ноябре.'), [['ноябре', '2025-11']]);
    // A month after the article's own is this year's, announced or not, unless told as past:
    // then it is last year's ("was held", "si è tenuto", "прошёл"), but not in what someone said.
    assert.deepEqual(months('ALMATY, June 4, 2023. The ministers will meet in November.'), [['November', '2023-11']]);
    assert.deepEqual(months('ALMATY, June 4, 2023. The previous summit was held in November.'), [['November', '2022-11']]);
    assert.deepEqual(months('MOSCA, 4 giugno 2023. Il precedente vertice si è tenuto a fine agosto.'), [['fine agosto', '2022-08']]);
    assert.deepEqual(months('МОСКВА, 4 июня 2023. Предыдущий саммит прошел в конце августа.'), [['конце августа', '2022-08']]);
    assert.deepEqual(months('ALMATY, June 4, 2023. Peskov said the summit was in November.'), [['November', '2023-11']]);
    assert.deepEqual(months('ALMATY, June 4, 2023. The ministers met on Monday; the summit is in November.').slice(-1), [['November', '2023-11']]);
    // A clause of place or time that tells of the past keeps its month in the article's year, in a
    // sentence that announces: the announcement is of another clause.
    assert.deepEqual(months('ALMATY, June 4, 2023. Leaders will discuss the border, where clashes broke out in January.'), [['January', '2023-01']]);
    assert.deepEqual(months('MOSCA, 4 giugno 2023. I leader discuteranno della frontiera, dove a gennaio ci sono stati scontri.'), [['gennaio', '2023-01']]);
    assert.deepEqual(months('МОСКВА, 4 июня 2023. Рахмону предстоит обсудить ситуацию на границе, где в конце января произошла перестрелка.'), [['конце января', '2023-01']]);
    assert.deepEqual(months('МОСКВА, 4 июня 2023. Лидеры встретятся в Минске, где в январе пройдут переговоры.'), [['январе', '2024-01']]);
    const daysAfterDateline = (article: string) => bundledRecognizer().recognize(article).filter((m) => m.type === 'date').slice(1).map((m) => [m.text, m.iso]);
    // A day right after a verb of saying in the past is the saying's, which is past: last year's when it would be ahead.
    assert.deepEqual(daysAfterDateline('ALMATY, June 4, 2023. Pashinyan said on June 20 that Armenia would stay away.'), [['June 20', '2022-06-20']]);
    assert.deepEqual(daysAfterDateline('MOSCA, 4 giugno 2023. Pashinyan ha detto il 20 giugno che non ci sarà.'), [['20 giugno', '2022-06-20']]);
    assert.deepEqual(daysAfterDateline('МОСКВА, 4 июня 2023. Пашинян заявил 20 июня, что не приедет.'), [['20 июня', '2022-06-20']]);
    assert.deepEqual(daysAfterDateline('МОСКВА, 4 июня 2023. Документ был подписан 20 июня.'), [['20 июня', '2022-06-20']]);
    assert.deepEqual(daysAfterDateline('ALMATY, June 4, 2023. The result will be announced on June 20.'), [['June 20', '2023-06-20']]);
    // A day that opens its clause, a verb in the past right after it: what happened on it, last year.
    assert.deepEqual(daysAfterDateline('БУХАРА, 31 января 2023. 2 июля президент прилетел в Нукус.'), [['2 июля', '2022-07-02']]);
    assert.deepEqual(daysAfterDateline('NUKUS, January 31, 2023. On July 2 the president flew to Nukus.'), [['July 2', '2022-07-02']]);
    assert.deepEqual(daysAfterDateline('NUKUS, 31 gennaio 2023. Il 2 luglio il presidente è volato a Nukus.'), [['2 luglio', '2022-07-02']]);
    // Not a verb of the future, nor one past a comma, nor one in the present.
    assert.deepEqual(daysAfterDateline('БУХАРА, 31 января 2023. 2 июля президент прилетит в Нукус; 3 июля, как сообщил источник, пройдет саммит.'), [
      ['2 июля', '2023-07-02'],
      ['3 июля', '2023-07-03'],
    ]);
    assert.deepEqual(daysAfterDateline('NUKUS, January 31, 2023. On July 2 the president will fly to Nukus. On July 3 the ministers meet.'), [
      ['July 2', '2023-07-02'],
      ['July 3', '2023-07-03'],
    ]);
    // A participle in the past, or "since", right before the date tells it as past in a sentence that announces.
    assert.deepEqual(daysAfterDateline('ALMATY, January 5, 2026. Ministers will review the deal signed on August 8.'), [['August 8', '2025-08-08']]);
    assert.deepEqual(daysAfterDateline('ALMATY, January 5, 2026. The talks would be the first since the August 8 summit.'), [['August 8', '2025-08-08']]);
    assert.deepEqual(daysAfterDateline('МОСКВА, 5 января 2026. Стороны обсудят договоренности, парафированные 8 августа.'), [['8 августа', '2025-08-08']]);
    // In force since a day: a state that began before it, unless it is to enter into force then.
    assert.deepEqual(daysAfterDateline("MOSCA, 22 dicembre 2025. I leader discuteranno dell'accordo con l'Iran, in vigore dal 15 maggio."), [['15 maggio', '2025-05-15']]);
    assert.deepEqual(daysAfterDateline('МОСКВА, 22 декабря 2025. Лидеры обсудят соглашение, вступившее в силу 15 мая, и договор, действующий с 1 июня.'), [
      ['15 мая', '2025-05-15'],
      ['1 июня', '2025-06-01'],
    ]);
    assert.deepEqual(daysAfterDateline("MOSCA, 22 dicembre 2025. L'accordo entrerà in vigore dal 15 maggio."), [['15 maggio', '2026-05-15']]);
    assert.deepEqual(daysAfterDateline('MOSCA, 2 gennaio 2026. Il rimpasto arriva dopo che il Mazhilis ha approvato a dicembre la legge.'), [['dicembre', '2025-12']]);
    // Nouns shaped as participles are none: "i delegati", "the United States", "депутатом".
    assert.deepEqual(daysAfterDateline('MOSCA, 25 giugno 2025. Il segretario incontrerà i delegati il 3 luglio.'), [['3 luglio', '2025-07-03']]);
    assert.deepEqual(daysAfterDateline('ALMATY, June 25, 2025. The minister will visit the United States on July 3.'), [['July 3', '2025-07-03']]);
    assert.deepEqual(daysAfterDateline('МОСКВА, 25 июня 2025. Генсек встретится с депутатом 3 июля.'), [['3 июля', '2025-07-03']]);
    // Not when a word of aim stands between: what was announced for a month is to come.
    assert.deepEqual(daysAfterDateline('MOSCA, 8 ottobre 2025. La presidenza passerà alla Russia, che ha già annunciato per settembre le esercitazioni.'), [['settembre', '2026-09']]);
    assert.deepEqual(daysAfterDateline('ALMATY, January 5, 2026. The deal will be signed on August 8; the vote, delayed until January 10, will follow.'), [
      ['August 8', '2026-08-08'],
      ['January 10', '2026-01-10'],
    ]);
    // Taking over, entering into force, "is to": the coming day; and a day a few weeks into the next
    // year, in a sentence that tells nothing as past, is the coming one.
    assert.deepEqual(daysAfterDateline('ALMATY, December 29, 2025. Kazakhstan takes over the chairmanship on January 1.'), [['January 1', '2026-01-01']]);
    assert.deepEqual(daysAfterDateline('ALMATY, December 29, 2025. Tokayev is to hold a meeting on January 2.'), [['January 2', '2026-01-02']]);
    assert.deepEqual(daysAfterDateline('МОСКВА, 29 декабря 2025. Закон вступит в силу 1 января.'), [['1 января', '2026-01-01']]);
    assert.deepEqual(daysAfterDateline('MOSCA, 29 dicembre 2025. La riunione del 2 gennaio.'), [['2 gennaio', '2026-01-02']]);
    assert.deepEqual(daysAfterDateline('ALMATY, December 29, 2025. Kazakhstan took over the chairmanship on January 1.'), [['January 1', '2025-01-01']]);
    // A day that opens its sentence, the verb that announces it after it.
    assert.deepEqual(daysAfterDateline('ДУШАНБЕ, 10 октября 2025. С 1 января председательство переходит к Туркменистану.'), [['1 января', '2026-01-01']]);
    assert.deepEqual(daysAfterDateline('MOSCA, 10 ottobre 2025. Dal 1° gennaio la presidenza passerà al Turkmenistan.'), [['1° gennaio', '2026-01-01']]);
    assert.deepEqual(daysAfterDateline('ALMATY, October 10, 2025. From January 1 the chairmanship will pass to Turkmenistan.'), [['January 1', '2026-01-01']]);
    assert.deepEqual(daysAfterDateline('ДУШАНБЕ, 10 октября 2025. С 1 января председательство перешло к Казахстану.'), [['1 января', '2025-01-01']]);
    assert.deepEqual(daysAfterDateline('ДУШАНБЕ, 10 октября 2025. Председательство с 1 января переходит к Туркменистану. Цены 1 января выросли.'), [
      ['1 января', '2026-01-01'],
      ['1 января', '2025-01-01'],
    ]);
    assert.deepEqual(daysAfterDateline('ALMATY, December 29, 2025. The ministry said prices rose on January 20 and on February 20.'), [
      ['January 20', '2025-01-20'],
      ['February 20', '2025-02-20'],
    ]);
    // A month after "for" or "per" is a time, unless a word in small letters follows it ("for March rallies").
    assert.deepEqual(months('ALMATY, March 4, 2023. Drills are planned for September. Protesters called for March rallies.'), [['September', '2023-09']]);
    // A preposition after it leaves it a time, but not after "May", as often a name.
    assert.deepEqual(months('ALMATY, March 4, 2023. The summit is scheduled for December in Minsk. They voted for May in 2016.'), [['December', '2023-12']]);
    assert.deepEqual(months('MOSCA, 4 marzo 2023. Le manovre sono previste per settembre.'), [['settembre', '2023-09']]);
    // "as early as" and "as late as" make it a time too; "as" alone does not ("as May said").
    assert.deepEqual(months('ALMATY, March 4, 2023. Talks began as early as January. As May said, it was late.'), [['January', '2023-01']]);
    // English puts a month after "the" before a noun as its time; not before a word that joins, nor after another word.
    assert.deepEqual(months('ALMATY, March 4, 2023. Since the January unrest, the June decision and the May elections changed much.'), [
      ['January', '2023-01'],
      ['June', '2023-06'],
      ['May', '2023-05'],
    ]);
    assert.deepEqual(months('ALMATY, March 4, 2023. They joined the March of the Living; the March was long; Mr. March spoke; a May summit.'), []);
    // Only the date's own clause counts, and "è", "ha" alone are the present.
    const daysOf = (article: string) => bundledRecognizer().recognize(article).filter((m) => m.type === 'date').slice(1).map((m) => [m.text, m.iso]);
    assert.deepEqual(daysOf('MOSCA, 12 novembre 2024. Lavrov ha incontrato oggi Nurtleu, alla vigilia del vertice in programma il 28 novembre. Lukashenko è atteso mercoledì 27 novembre.'), [
      ['28 novembre', '2024-11-28'],
      ['mercoledì 27 novembre', '2024-11-27'],
    ]);
    // A day and month, or days of one, the same way, read in place or by their expression.
    const later = (dates: Mention[]) => selectLongest(dates).filter((m) => m.start > 20).map((m) => [m.text, m.iso]);
    const days = (article: string) => later(findDates(article, 2023, '2023-12-04'));
    const plainDays = (article: string) => later(findDatesPlainly(article, 2023, '2023-12-04'));
    for (const read of [days, plainDays]) {
      assert.deepEqual(read('MINSK, 4 December 2023. The ministers will meet again on 11 March.'), [['11 March', '2024-03-11']]);
      assert.deepEqual(read('MINSK, 4 December 2023. The drills will run from 3 to 7 April.'), [['3 to 7 April', '2024-04-03/2024-04-07']]);
      assert.deepEqual(read('MINSK, 4 December 2023. The ministers met on 11 March.'), [['11 March', '2023-03-11']]);
      assert.deepEqual(read('MINSK, 4 December 2023. The ministers met on 21 December.'), [['21 December', '2022-12-21']]);
      assert.deepEqual(read('MINSK, 4 December 2023. The ministers meet on 21 December.'), [['21 December', '2023-12-21']]);
      assert.deepEqual(read('MOSCA, 4 dicembre 2023. Il prossimo 11 marzo i ministri. Lo scorso 11 marzo no.'), [['11 marzo', '2024-03-11'], ['11 marzo', '2023-03-11']]);
      assert.deepEqual(read('MINSK, 4 December 2023. The ministers will meet on 11 March 2023.'), [['11 March 2023', '2023-03-11']]);
    }
    // Without the article's day there is nothing to count from.
    assert.deepEqual(months('The ministers will meet in March 2023 and again in early May.').slice(-1), [['early May', undefined]]);
  });

  it('reads a month without a year that would come more than half a year after the article, in a sentence that announces nothing, as last year\'s', () => {
    const dates = (article: string) => bundledRecognizer().recognize(article).filter((m) => m.type === 'date').slice(1).map((m) => [m.text, m.iso]);
    // An article of early January tells of December's events; one of March, of September's.
    assert.deepEqual(dates('MINSK, 5 January 2025. The council met on 20 December. It will meet again on 20 December.'), [
      ['20 December', '2024-12-20'],
      ['20 December', '2025-12-20'],
    ]);
    assert.deepEqual(dates('MOSCA, 3 gennaio 2023. La risoluzione era stata approvata il 23 novembre, a dicembre.'), [
      ['23 novembre', '2022-11-23'],
      ['dicembre', '2022-12'],
    ]);
    assert.deepEqual(dates('МОСКВА, 10 марта 2024. Он приехал в сентябре.'), [['сентябре', '2023-09']]);
    // Half a year or less ahead: this year's, unless told as past.
    assert.deepEqual(dates('ALMATY, June 4, 2023. The ministers meet in November and on December 2.'), [
      ['November', '2023-11'],
      ['December 2', '2023-12-02'],
    ]);
    assert.deepEqual(dates('ALMATY, June 4, 2023. The ministers met in November and on December 2.'), [
      ['November', '2022-11'],
      ['December 2', '2022-12-02'],
    ]);
  });

  it('reads a month said to be the last, the next or this year\'s from the article\'s day, the word in its span', () => {
    const dates = (article: string) => bundledRecognizer().recognize(article).filter((m) => m.type === 'date').slice(1).map((m) => [m.text, m.iso]);
    assert.deepEqual(dates('MINSK, 12 March 2024. The CSTO met last December and last March, and will meet next March, then this May.'), [
      ['last December', '2023-12'],
      ['last March', '2023-03'],
      ['next March', '2025-03'],
      ['this May', '2024-05'],
    ]);
    assert.deepEqual(dates('MOSCA, 12 marzo 2024. Lo scorso dicembre e a febbraio scorso; nel maggio prossimo.'), [
      ['scorso dicembre', '2023-12'],
      ['febbraio scorso', '2024-02'],
      ['maggio prossimo', '2024-05'],
    ]);
  });

  it('takes the article day from the dateline, and the recognizer resolves weekdays with it, in full and piece by piece', () => {
    const article = 'МИНСК, 5 июня 2024. Министры обороны встретились в среду.\n\nРанее, в понедельник, прошли консультации.';
    assert.equal(datelineDay(article, 2024), '2024-06-05');
    assert.equal(datelineDay('MOSCOW, June 5. /TASS/.', 2024), '2024-06-05');
    assert.equal(datelineDay('MOSCOW, June 5. /TASS/.', undefined), undefined);
    // A headline's announced day gives way to the page's date stamp, written with its year.
    assert.equal(datelineDay('Министры обороны соберутся в Бишкеке 12 июня\n\n10.06.2024\nМинистры обороны', 2024), '2024-06-10');
    // An agency's dateline is the day, written without its year, ahead of a later date with one.
    const wire = 'MOSCOW, December 2 (Interfax) - The CSTO said on Friday that the stage ran from 14 to 18 November 2022.';
    assert.equal(datelineDay(wire, 2022), '2022-12-02');
    assert.equal(datelineDay('МОСКВА, 2 декабря. /ТАСС/. В ОДКБ сообщили, что этап прошел 18 ноября 2022 года.', 2022), '2022-12-02');
    assert.equal(datelineDay('Summit in Minsk on 25 May, minister says 20 May 2023 - talks', 2023), '2023-05-20');
    const recognizer = bundledRecognizer();
    const weekdays = (mentions: { type: string; text: string; iso?: string }[]) => mentions.filter((m) => m.type === 'date').map((m) => [m.text, m.iso]);
    const expected = [['5 июня 2024', '2024-06-05'], ['среду', '2024-06-05'], ['понедельник', '2024-06-03']];
    assert.deepEqual(weekdays(recognizer.recognize(article)), expected);
    assert.deepEqual(weekdays(new IncrementalRecognizer(recognizer).recognize(article).mentions), expected);
    // 2 December 2022 was a Friday.
    assert.deepEqual(weekdays(recognizer.recognize(wire)).slice(0, 2), [['December 2', '2022-12-02'], ['Friday', '2022-12-02']]);
  });
});

describe('dates without a value, and the publication date that gives weekdays one', () => {
  const recognizer = bundledRecognizer();
  const undated = 'Talks in Minsk\n\nThe defence ministers met on Tuesday in Minsk.\n';
  const weekday = (mentions: readonly Mention[]) => mentions.find((m) => m.type === 'date' && m.text === 'Tuesday');

  it('resolves weekdays against the fact file\'s publication date, in full and piece by piece, before the dateline\'s day', () => {
    assert.equal(weekday(recognizer.recognize(undated))?.iso, undefined);
    const options = publicationOptions(THURSDAY);
    assert.deepEqual(options, { fallbackYear: 2024, articleDate: THURSDAY });
    assert.equal(weekday(recognizer.recognize(undated, options))?.iso, '2024-03-12');
    assert.equal(weekday(new IncrementalRecognizer(recognizer).recognize(undated, options).mentions)?.iso, '2024-03-12');
    // The dateline says 7 March 2024; the publication date recorded by hand says 14 March.
    const dated = `MINSK, March 7, 2024. ${undated}`;
    assert.equal(weekday(recognizer.recognize(dated))?.iso, '2024-03-05');
    assert.equal(weekday(recognizer.recognize(dated, options))?.iso, '2024-03-12');
    // A publication month or year gives the year, and no day.
    assert.deepEqual(publicationOptions('2024-03'), { fallbackYear: 2024, articleDate: undefined });
  });

  it('dates a day without a year by the publication date, not by a year the story names in its opening lines', () => {
    const story = 'Armenia freezes its CSTO role\n\nThe CSTO failed Armenia in 2021 and in 2022, the prime minister said on February 23.\n';
    const day = (mentions: readonly Mention[]) => mentions.find((m) => m.type === 'date' && m.text === 'February 23')?.iso;
    assert.equal(day(recognizer.recognize(story)), '--02-23');
    assert.equal(day(recognizer.recognize(story, publicationOptions('2024-02-24'))), '2024-02-23');
    assert.equal(day(new IncrementalRecognizer(recognizer).recognize(story, publicationOptions('2024-02-24')).mentions), '2024-02-23');
  });

  it('dates a dateline without a year by the recorded day of publication, not by a later date in the lead', () => {
    const story = 'MOSCOW, Nov 25 (Reuters) - Tasmagambetov will take office on January 1, 2023, the CSTO said.';
    const datesOf = (mentions: readonly Mention[]) => mentions.filter((m) => m.type === 'date').map((m) => [m.text, m.iso]);
    const expected = [
      ['Nov 25', '2022-11-25'],
      ['January 1, 2023', '2023-01-01'],
    ];
    assert.deepEqual(datesOf(recognizer.recognize(story, publicationOptions('2022-11-25'))), expected);
    assert.deepEqual(datesOf(new IncrementalRecognizer(recognizer).recognize(story, publicationOptions('2022-11-25')).mentions), expected);
    // Without a recorded day, the opening's first full date still gives the year; a recorded month or year comes after it.
    assert.deepEqual(datesOf(recognizer.recognize(story))[0], ['Nov 25', '2023-11-25']);
    assert.deepEqual(datesOf(recognizer.recognize(story, publicationOptions('2022-11')))[0], ['Nov 25', '2023-11-25']);
  });

  it('does not record a date with no value as it was read, and refuses to write one without it', () => {
    const tuesday = weekday(recognizer.recognize(undated))!;
    assert.equal(isRecordableAsRead(tuesday), false);
    assert.throws(() => factFileMention(undated, tuesday), /no ISO value for the date "Tuesday"/);
    const resolved = weekday(recognizer.recognize(undated, publicationOptions(THURSDAY)))!;
    assert.equal(isRecordableAsRead(resolved), true);
    assert.equal(factFileMention(undated, resolved).date, '2024-03-12');
  });

  it('records as the publication date the opening\'s date written with its year, not a headline\'s announced day', () => {
    const text = 'I ministri della Difesa si riuniranno a Minsk il 12 giugno\n\n10.06.2024\nI ministri della Difesa della CSTO';
    const kb = bundledKnowledgeBase();
    assert.equal(describeArticle(text, recognizer.recognize(text), kb).published, '2024-06-10');
  });
});

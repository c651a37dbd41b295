import * as assert from 'node:assert/strict';
import { datelineYear, findDates } from '../../src/core/recognizer/dates';
import { selectLongest } from '../../src/core/recognizer/entityMatcher';

const dates = (text: string, year?: number) => selectLongest(findDates(text, year)).map((d) => [d.text, d.iso]);

describe('dates', () => {
  it('reads the forms Italian and English reports use', () => {
    assert.deepEqual(dates('Biškek (Kirghizistan) - 27 nov 2025 (Prima Pagina News)'), [['27 nov 2025', '2025-11-27']]);
    assert.deepEqual(dates('23 November 2023'), [['23 November 2023', '2023-11-23']]);
    assert.deepEqual(dates('ad Astana, Kazakistan, 28 novembre 2024. ©'), [['28 novembre 2024', '2024-11-28']]);
    assert.deepEqual(dates('dal 1° gennaio 2026, la parte'), [['1° gennaio 2026', '2026-01-01']]);
    assert.deepEqual(dates('giovedì 4 luglio 2024'), [['giovedì 4 luglio 2024', '2024-07-04']]);
    assert.deepEqual(dates('di Renato Narciso Giovedì 27 Novembre 2025'), [['Giovedì 27 Novembre 2025', '2025-11-27']]);
    assert.deepEqual(dates('due on January 1, 2023.'), [['January 1, 2023', '2023-01-01']]);
    assert.deepEqual(dates('Nel dicembre 2024, ha affermato'), [['dicembre 2024', '2024-12']]);
  });

  it('reads days written in figures: with a weekday, two of one month, a day and month after the article or "on", an agency’s stamp', () => {
    assert.deepEqual(dates('В пятницу, 10.10.2025, в Душанбе.'), [['пятницу, 10.10.2025', '2025-10-10']]);
    assert.deepEqual(dates('Форум пройдёт 25-26.06.2026 в Минске.'), [['25-26.06.2026', '2026-06-25/2026-06-26']]);
    assert.deepEqual(dates('Il vertice si terrà il 27/11, la riunione dal 5/11 e l’incontro l’8/11.', 2025), [
      ['27/11', '2025-11-27'],
      ['5/11', '2025-11-05'],
      ['8/11', '2025-11-08'],
    ]);
    assert.deepEqual(dates('He told the assembly on 10/30 that it would decide.', 2024), [['10/30', '2024-10-30']]);
    assert.deepEqual(dates('(ANSA) - MOSCA, 30 GIU - Testo. 30-GIU-25 13:42 NNNN'), [
      ['30 GIU', '--06-30'],
      ['30-GIU-25', '2025-06-30'],
    ]);
    // A share, a score, a day and month that could be either way round in English: no dates.
    assert.deepEqual(dates('Ha ottenuto il 3/4 dei voti. The score was 3/4. He spoke on 5/11 in Minsk.', 2025), []);
  });

  it('reads a day of the month alone as the last such day, or the coming one when announced or "prossimo", and no ordinal of a noun', () => {
    const alone = (text: string) => selectLongest(findDates(text, 2024, '2024-06-12')).map((d) => [d.text, d.iso]);
    assert.deepEqual(alone('Ministers met, and on the 3rd Yerevan declined. On the 20th they voted.'), [
      ['3rd', '2024-06-03'],
      ['20th', '2024-05-20'],
    ]);
    assert.deepEqual(alone('He will arrive on the 20th.'), [['20th', '2024-06-20']]);
    assert.deepEqual(alone("L'incontro avuto il 3 scorso a Mosca; il vertice del 15 prossimo."), [
      ['3 scorso', '2024-06-03'],
      ['15 prossimo', '2024-06-15'],
    ]);
    assert.deepEqual(alone('А 3-го числа Тасмагамбетов проводил встречу, а саммит СНГ пройдет 29-го.'), [
      ['3-го', '2024-06-03'],
      ['29-го', '2024-06-29'],
    ]);
    assert.deepEqual(alone('In the 20th century, on the 3rd of them, ученики 3-го класса.'), []);
    // Without the article's day, no day alone is dated.
    assert.deepEqual(dates('On the 3rd Yerevan declined.', 2024), []);
  });

  it('keeps the full stop of an abbreviated month, and leaves out the one after a full name', () => {
    assert.deepEqual(dates('Il vertice del 27 mag. fu breve.'), [['27 mag.', '--05-27']]);
    assert.deepEqual(dates('Il vertice del 27 gen. fu breve.'), [['27 gen.', '--01-27']]);
    assert.deepEqual(dates('The talks of 5 Sept. were short.'), [['5 Sept.', '--09-05']]);
    assert.deepEqual(dates('The talks ended on 5 September. They were short.'), [['5 September', '--09-05']]);
    assert.deepEqual(dates('Il vertice si è chiuso il 27 maggio. Poi'), [['27 maggio', '--05-27']]);
  });

  it('reads a span of years written with the second year’s last two digits, and no month as one', () => {
    assert.deepEqual(dates('In the winter of 2022-23 talks stalled; the 2023–24 budget and mid-2024-25 plans.'), [
      ['2022-23', '2022/2023'],
      ['2023–24', '2023/2024'],
      ['mid-2024-25', '2024/2025'],
    ]);
    assert.deepEqual(dates('Figures for 2025-11 and the file 2019-45 and 2022-21.'), []);
    assert.deepEqual(dates('Il piano 2021-2022 e il 2024-11-27 e il 2010-11-05.'), [
      ['2021-2022', '2021/2022'],
      ['2024-11-27', '2024-11-27'],
      ['2010-11-05', '2010-11-05'],
    ]);
  });

  it('takes the missing year from the reference year', () => {
    assert.deepEqual(dates('MOSCOW, November 23. /TASS/.', 2022), [['November 23', '2022-11-23']]);
    assert.deepEqual(dates('nella capitale kirghisa il 27 novembre. Lo riporta', 2025), [['27 novembre', '2025-11-27']]);
  });

  it('leaves the year open when there is none', () => {
    assert.deepEqual(dates('MOSCOW, November 23. /TASS/.'), [['November 23', '--11-23']]);
  });

  it('reads ranges as ISO intervals, the preposition that opens one ("dal", "from") left out of the span', () => {
    assert.deepEqual(dates('È stato riferito che dal 6 al 13 ottobre si terrà', 2023), [['6 al 13 ottobre', '2023-10-06/2023-10-13']]);
    assert.deepEqual(dates('from 6 to 13 October 2023'), [['6 to 13 October 2023', '2023-10-06/2023-10-13']]);
    assert.deepEqual(dates('From 2 to 9 March, the drills', 2024), [['2 to 9 March', '2024-03-02/2024-03-09']]);
    assert.deepEqual(dates('October 6-13, 2023'), [['October 6-13, 2023', '2023-10-06/2023-10-13']]);
  });

  it('gives both ends of a range over two months the year written at its end', () => {
    // Another reference year, so that an end which did not take the written year would show it.
    assert.deepEqual(dates('il vertice del 30 November - 2 December 2022 a Erevan', 2021), [['30 November - 2 December 2022', '2022-11-30/2022-12-02']]);
    assert.deepEqual(dates('dal vertice del 30 novembre - 2 dicembre 2022.', 2021), [['30 novembre - 2 dicembre 2022', '2022-11-30/2022-12-02']]);
    assert.deepEqual(dates('30 novembre–2 dicembre 2022', 2021), [['30 novembre–2 dicembre 2022', '2022-11-30/2022-12-02']]);
    assert.deepEqual(dates('November 30 - December 2, 2022', 2021), [['November 30 - December 2, 2022', '2022-11-30/2022-12-02']]);
    assert.deepEqual(dates('dal 30 novembre al 2 dicembre 2022', 2021), [['30 novembre al 2 dicembre 2022', '2022-11-30/2022-12-02']]);
    assert.deepEqual(dates('from 30 November to 2 December 2022', 2021), [['30 November to 2 December 2022', '2022-11-30/2022-12-02']]);
    // Russian sets the dash of a range as an em dash, with spaces around it or not.
    assert.deepEqual(dates('Сборы прошли 30 сентября — 2 октября 2025 года, учения — 5—9 октября.', 2021), [
      ['30 сентября — 2 октября 2025', '2025-09-30/2025-10-02'],
      ['5—9 октября', '2021-10-05/2021-10-09'],
    ]);
    // A dash that opens a clause after a date joins nothing: "— 2 делегации" has no month.
    assert.deepEqual(dates('Прибыли 30 сентября — 2 делегации.', 2021), [['30 сентября', '2021-09-30']]);
    // Over the new year, the range starts in the year before the one written.
    assert.deepEqual(dates('30 December - 2 January 2023', 2021), [['30 December - 2 January 2023', '2022-12-30/2023-01-02']]);
    // Without a year, both ends take the reference year, or none.
    assert.deepEqual(dates('30 November - 2 December', 2022), [['30 November - 2 December', '2022-11-30/2022-12-02']]);
    assert.deepEqual(dates('30 November - 2 December'), [['30 November - 2 December', '--11-30/--12-02']]);
    // A range that is no date: its dates as they stand.
    assert.deepEqual(dates('5 March - 3 March 2022', 2021), [['5 March', '2021-03-05'], ['3 March 2022', '2022-03-03']]);
    assert.deepEqual(dates('31 November - 2 December 2022', 2021), [['2 December 2022', '2022-12-02']]);
    // The same month: the days' range form.
    assert.deepEqual(dates('30-31 March 2022', 2021), [['30-31 March 2022', '2022-03-30/2022-03-31']]);
    assert.deepEqual(dates('30 - 31 marzo 2022', 2021), [['30 - 31 marzo 2022', '2022-03-30/2022-03-31']]);
  });

  it('finds the dateline year in a range whose year is written at its end', () => {
    assert.equal(datelineYear('Vertice CSTO, 30 novembre - 2 dicembre 2022\n\nTesto'), 2022);
  });

  it('rejects impossible dates and words that only look like months', () => {
    assert.deepEqual(dates('31 novembre 2024'), []);
    assert.deepEqual(dates('Putin may say 5 things'), []);
    assert.deepEqual(dates('un mare di 12 marinai'), []);
  });

  it('finds the dateline year in the opening lines only', () => {
    assert.equal(datelineYear('Titolo\n\nBiškek (Kirghizistan) - 27 nov 2025 (Prima Pagina News) testo'), 2025);
    assert.equal(datelineYear(`MOSCOW, November 23. /TASS/. ${'x'.repeat(700)} January 1, 2023`), undefined);
  });

  it('takes the dateline year from a date written with its day and year, never from a month or a year the story names', () => {
    // A year alone, a span of years, a decade or a month with its year in the opening lines is what the story is about.
    assert.equal(datelineYear('Pashinyan said the CSTO failed Armenia, particularly in 2021, in 2022.\n\nOn February 23 he spoke again.'), undefined);
    assert.equal(datelineYear('L\'Armenia, soprattutto nel periodo 2021-2022, e gli anni 1990s.'), undefined);
    assert.equal(datelineYear('Dal settembre 2022 i colloqui sono fermi.\n\nLunedì 12 giugno il ministro ha parlato.'), undefined);
    // A day with its year wins over a month with its year written before it.
    assert.equal(datelineYear('Since November 2022 the talks stalled.\n\nYEREVAN, 5 December 2023 - The minister said'), 2023);
    assert.equal(datelineYear('Vertice dal 6 al 13 ottobre 2023, dopo il 2021'), 2023);
  });

  it('reads a range of months after a preposition as one span, its year written at the end or the reference one', () => {
    assert.deepEqual(dates('В январе-феврале в республику прибудут войска, а в январе–марте 2022 года прошли учения.', 2023), [
      ['январе-феврале', '2023-01/2023-02'],
      ['январе–марте 2022', '2022-01/2022-03'],
    ]);
    assert.deepEqual(dates('Troops arrive in January – March 2022; arriveranno a gennaio-febbraio.', 2024), [
      ['January – March 2022', '2022-01/2022-03'],
      ['gennaio-febbraio', '2024-01/2024-02'],
    ]);
    // Without a reference year, no ISO value, as for a month alone.
    assert.deepEqual(dates('В мае-июне пройдут учения.'), [['мае-июне', undefined]]);
    // Not a range: a later month first, a month of another language, a dash between spaces in a sentence.
    assert.deepEqual(dates('В декабре-январе, в январе-February, в январе - это важно.', 2023), [
      ['декабре', '2023-12'],
      ['январе', '2023-01'],
      ['январе', '2023-01'],
    ]);
  });

  it('reads a Russian range of months in the nominative with its year, as a sentence opens with it', () => {
    assert.deepEqual(dates('Январь–февраль 2022 года стали трудными. Июнь — июль 2023 года прошли спокойно, а март-апрель 2024 тоже.', 2025), [
      ['Январь–февраль 2022', '2022-01/2022-02'],
      ['Июнь — июль 2023', '2023-06/2023-07'],
      ['март-апрель 2024', '2024-03/2024-04'],
    ]);
    // No year written: no date (a season's work, not a time); a later month first is no range; a month alone with its year stays as it was read.
    assert.deepEqual(dates('Март-апрель — время посевной. Декабрь–январь 2023 года. Январь 2022 года.', 2025), [
      ['январь 2023', '2023-01'],
      ['Январь 2022', '2022-01'],
    ]);
  });

  it('reads a Russian month in the accusative after "на" or "за", as the nominative writes it', () => {
    assert.deepEqual(dates('Визит перенесен на март, итоги за январь подведены, план на май 2025 года принят.', 2024), [
      ['март', '2024-03'],
      ['январь', '2024-01'],
      ['май 2025', '2025-05'],
    ]);
    // Other cases after those words, and the nominative after others, are no such date.
    assert.deepEqual(dates('Ставка на марте не сказалась; Март стал рекордным.', 2024), []);
  });

  it('reads an English range opened by "from" with the month first, over one month or two', () => {
    assert.deepEqual(dates('Drills were held from October 18 to 23, 2021, and from October 30 to November 2.', 2022), [
      ['October 18 to 23, 2021', '2021-10-18/2021-10-23'],
      ['October 30 to November 2', '2022-10-30/2022-11-02'],
    ]);
    // A day that does not follow: no range, the first date alone.
    assert.deepEqual(dates('From May 5 to 3 of them; from October 18 to the end.', 2022), [
      ['May 5', '2022-05-05'],
      ['October 18', '2022-10-18'],
    ]);
  });

  it('reads a range closed by "through" or "until", as American wire copy writes it, like one closed by "to"', () => {
    assert.deepEqual(dates('The drills run from Sept. 2 through Sept. 6 in the Urals.', 2024), [['Sept. 2 through Sept. 6', '2024-09-02/2024-09-06']]);
    assert.deepEqual(dates('Troops stay from 2 until 9 March, then from 30 November through 2 December 2025.', 2025), [
      ['2 until 9 March', '2025-03-02/2025-03-09'],
      ['30 November through 2 December 2025', '2025-11-30/2025-12-02'],
    ]);
    assert.deepEqual(dates('He served from 2019 through 2023.'), [['2019 through 2023', '2019/2023']]);
    // Without "from", "through" opens no range: each date stands alone.
    assert.deepEqual(dates('Talks ran May 5 through the night; he stays until 9 March.', 2024), [
      ['May 5', '2024-05-05'],
      ['9 March', '2024-03-09'],
    ]);
  });
});

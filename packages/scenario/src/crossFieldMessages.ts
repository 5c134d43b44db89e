/**
 * The messages of the checks that span fields, by key, in English and Russian (crossFieldText.ts explains the
 * round trip). Templates name their values in braces; both languages use the same names
 * (test/scenario/crossFieldText.test.ts).
 */
export interface CrossFieldTemplate {
  readonly en: string;
  readonly ru: string;
}

const OPEN = "from {open}:00 to {close}:00";
const OPEN_RU = "с {open}:00 до {close}:00";

export const CROSS_FIELD = {
  intradaySharesLength: {
    en: `expected {count} weights (one per {minutes}-minute interval ${OPEN}), found {found}`,
    ru: `нужно весов: {count} (по одному на {minutes}-минутный интервал ${OPEN_RU}), задано {found}`,
  },
  intradayWeekdayLength: {
    en: `expected {count} weights for {weekday} (one per {minutes}-minute interval ${OPEN}), found {found}`,
    ru: `нужно весов для {weekday}: {count} (по одному на {minutes}-минутный интервал ${OPEN_RU}), задано {found}`,
  },
  handleTimeFactorsLength: {
    en: `expected {count} multipliers (one per {minutes}-minute interval ${OPEN}), found {found}`,
    ru: `нужно множителей: {count} (по одному на {minutes}-минутный интервал ${OPEN_RU}), задано {found}`,
  },
  forecastWholeDays: {
    en: "expected whole days of {count} volumes (one per open {minutes}-minute interval), found {found}",
    ru: "нужны целые дни по {count} объёмов (по одному на рабочий {minutes}-минутный интервал), задано {found}",
  },
  dayExpected: {
    en: 'expected a day YYYY-MM-DD, found "{found}"',
    ru: "нужен день в виде YYYY-MM-DD, задано «{found}»",
  },
  noOpenDayWeight: {
    en: "every open day has weight 0: no contacts would arrive",
    ru: "у всех рабочих дней вес 0: контакты не будут поступать",
  },
  defaultShiftsOutside: {
    en: "the default shift templates start outside the opening hours ({open}:00 to {close}:00): give operations.shifts that fit them",
    ru: "шаблоны смен по умолчанию начинаются вне часов работы ({open}:00–{close}:00): задайте operations.shifts, которые в них укладываются",
  },
  shiftTooShort: {
    en: "a shift must last at least one planning interval ({minutes} minutes, {hours} hours); found {found} hours",
    ru: "смена должна длиться не меньше одного интервала планирования ({minutes} мин, {hours} ч); задано {found} ч",
  },
  shiftStartOutside: {
    en: "shift start {time} is outside opening hours ({open}:00 to {close}:00)",
    ru: "начало смены {time} вне часов работы ({open}:00–{close}:00)",
  },
  voiceOnlyWithoutVoice: {
    en: "voice-only agents, but demand has no voice channel",
    ru: "есть операторы только на голосе, но в нагрузке нет голосового канала",
  },
  chatOnlyWithoutChat: {
    en: "chat-only agents, but demand has no chat channel",
    ru: "есть операторы только на чате, но в нагрузке нет канала чата",
  },
  remoteNeedsOnline: {
    en: 'recruiting.hiringMode is "{mode}", so remote hires must be trained online: set training.online: true',
    ru: "recruiting.hiringMode = «{mode}», а удалённо нанятых надо обучать онлайн: задайте training.online: true",
  },
  beforeStart: {
    en: "{from} is before calendar.startDate ({start})",
    ru: "{from} раньше calendar.startDate ({start})",
  },
  afterEnd: {
    en: "{from} is after the last simulated day ({last}, the end of {horizon} months from {start}): the change would never apply; move it into the period or lengthen calendar.horizonMonths",
    ru: "{from} позже последнего моделируемого дня ({last}, конец {horizon} мес. от {start}): изменение не применится ни разу; перенесите его в период или увеличьте calendar.horizonMonths",
  },
  variantNameTwice: {
    en: 'variant name "{name}" is used twice',
    ru: "название варианта «{name}» встречается дважды",
  },
  noSuchVariant: {
    en: 'no variant is named "{name}" (variants: {names})',
    ru: "нет варианта с названием «{name}» (варианты: {names})",
  },
  noSuchVariantNone: {
    en: 'no variant is named "{name}" (variants: none)',
    ru: "нет варианта с названием «{name}» (вариантов нет)",
  },
  runLevelFigure: {
    en: "{kpi} is one figure for the whole run (Kaplan-Meier over its hires): leave out {key}",
    ru: "{kpi} — одна цифра на весь прогон (Каплан — Мейер по всем нанятым): уберите {key}",
  },
  outsideReported: {
    en: "{month} is outside the reported months ({first} to {last}): no simulated figure to compare with",
    ru: "{month} вне отчётных месяцев ({first} — {last}): сравнивать не с чем",
  },
  outsideReportedWarmup: {
    en: "{month} is outside the reported months ({first} to {last}, after the warm-up): no simulated figure to compare with",
    ru: "{month} вне отчётных месяцев ({first} — {last}, после разогрева): сравнивать не с чем",
  },
  againstNeedsVariant: {
    en: "against baseline needs at least one variant",
    ru: "сравнение с базовым вариантом (against: baseline) требует хотя бы одного варианта",
  },
  percentOfChange: {
    en:
      "percent against the baseline with changeSince would be a change relative to a change: give the " +
      "difference of changes in the KPI's own unit, or drop changeSince",
    ru:
      "проценты относительно базового вместе с changeSince дали бы изменение относительно изменения: задайте " +
      "разность изменений в единицах показателя или уберите changeSince",
  },
  warmupTooLong: {
    en: "warmupMonths ({warmup}) must be shorter than horizonMonths ({horizon}), or nothing is reported",
    ru: "warmupMonths ({warmup}) должно быть меньше horizonMonths ({horizon}), иначе отчитываться не о чем",
  },
  closeBeforeOpen: {
    en: "closeHour ({close}) must be later than openHour ({open})",
    ru: "closeHour ({close}) должен быть позже openHour ({open})",
  },
  listedTwice: {
    en: '"{value}" is listed twice',
    ru: "«{value}» указан дважды",
  },
  volumeTwice: {
    en: "give either monthlyVolume or monthlyVolumeSeries, not both",
    ru: "задайте либо monthlyVolume, либо monthlyVolumeSeries, но не оба",
  },
  volumeMissing: {
    en: "missing: give monthlyVolume (contacts per month) or monthlyVolumeSeries (one number per month)",
    ru: "не хватает объёма: задайте monthlyVolume (контактов в месяц) или monthlyVolumeSeries (по числу на месяц)",
  },
  weekdayWeight: {
    en: "at least one weekday needs a weight above 0",
    ru: "хотя бы у одного дня недели вес должен быть больше 0",
  },
  intervalWeight: {
    en: "at least one interval needs a weight above 0",
    ru: "хотя бы у одного интервала вес должен быть больше 0",
  },
  weekdayIntervalWeight: {
    en: "at least one interval of each weekday needs a weight above 0 (give the shared profile for a quiet day)",
    ru: "в каждом дне недели хотя бы у одного интервала вес должен быть больше 0 (для тихого дня задайте общий профиль)",
  },
  noChannel: {
    en: "missing: demand needs at least one channel, voice or chat",
    ru: "не хватает канала: в нагрузке нужен хотя бы один канал, voice или chat",
  },
  monthsIncrease: {
    en: "months must increase down the list: {month} comes after {previous}",
    ru: "месяцы должны идти по возрастанию: {month} стоит после {previous}",
  },
  headcountTooLarge: {
    en: "the starting headcount adds up to {total} agents; at most {max} are supported",
    ru: "стартовый штат в сумме — {total} операторов; поддерживается не больше {max}",
  },
  skillsSum: {
    en: "voiceOnly + chatOnly + multiSkill must add up to 1; they add up to {total}",
    ru: "voiceOnly + chatOnly + multiSkill в сумме должны давать 1; сейчас {total}",
  },
  shiftNameTwice: {
    en: 'shift name "{name}" is used twice',
    ru: "название смены «{name}» встречается дважды",
  },
  tiersIncrease: {
    en: "tiers must be listed by increasing minTnps: {tnps} follows {previous}",
    ru: "уровни должны идти по возрастанию minTnps: {tnps} стоит после {previous}",
  },
  enpsCutPoints: {
    en: "enpsDetractorsAtNeutral + enpsPromotersAtNeutral must be below 1 (passives take the rest); they add up to {total}",
    ru: "enpsDetractorsAtNeutral + enpsPromotersAtNeutral в сумме должны быть меньше 1 (остальное — нейтральные); сейчас {total}",
  },
  classSize: {
    en: "minClassSize ({min}) must not exceed maxClassSize ({max})",
    ru: "minClassSize ({min}) не может быть больше maxClassSize ({max})",
  },
  uncertainTwice: {
    en: "{path} is already declared uncertain (entry {entry})",
    ru: "{path} уже объявлен неопределённым (запись {entry})",
  },
  uncertainVariantUnset: {
    en: 'variant "{name}" does not set {path} (in its set or its interventions): leave out `variant` to range the baseline\'s value',
    ru: "вариант «{name}» не задаёт {path} (ни в set, ни во вмешательствах): уберите `variant`, чтобы варьировать значение базового сценария",
  },
  peopleLayerOff: {
    en: "{path} acts only through the people layer, which this scenario does not simulate (simulatePeople: false), so it would change nothing: set simulatePeople: true, or leave it out",
    ru: "{path} действует только через слой персонала, а этот сценарий его не моделирует (simulatePeople: false), так что ничего не изменится: задайте simulatePeople: true или уберите это поле",
  },
  rangeOrder: {
    en: "min ({min}) must be below max ({max})",
    ru: "min ({min}) должен быть меньше max ({max})",
  },
  logUniformMin: {
    en: "a log-uniform range needs min > 0, found {min}",
    ru: "логравномерному диапазону нужен min > 0, задано {min}",
  },
  triangularMode: {
    en: "a triangular distribution needs `mode`, its most likely value",
    ru: "треугольному распределению нужен `mode` — наиболее вероятное значение",
  },
  modeInRange: {
    en: "mode ({mode}) must lie between min ({min}) and max ({max})",
    ru: "mode ({mode}) должен лежать между min ({min}) и max ({max})",
  },
  modeUnused: {
    en: "mode is only used by the triangular distribution, not {distribution}",
    ru: "mode используется только треугольным распределением, а не {distribution}",
  },
  translatedVariantUnknown: {
    en: 'no variant is named "{name}"',
    ru: "нет варианта с названием «{name}»",
  },
  translatedVariantUnknownOf: {
    en: 'no variant is named "{name}"; the variants are {names}',
    ru: "нет варианта с названием «{name}»; варианты: {names}",
  },
  translatedInterventionUnknown: {
    en: "no intervention has this description: the key must repeat an intervention's description exactly",
    ru: "ни у одного вмешательства нет такого описания: ключ должен в точности повторять описание вмешательства",
  },
  translatedUncertainUnknown: {
    en: "no entry of uncertain has the name {path} (its path, then its variant in brackets if it names one)",
    ru: "ни у одной записи uncertain нет имени {path} (путь, затем вариант в скобках, если он указан)",
  },
  calibratedTwice: {
    en: "{path} is listed twice",
    ru: "{path} указан дважды",
  },
  calibratedNotNumeric: {
    en: "{path} is not a numeric parameter",
    ru: "{path} — не числовой параметр",
  },
  calibratedNotWritten: {
    en: "the fitted value of {path} must be written in the file at {path} (found nothing there)",
    ru: "подобранное значение {path} должно быть записано в файле по пути {path} (там ничего нет)",
  },
  calibratedDiffers: {
    en: "the file gives {path}: {written}, but the calibration records {value}",
    ru: "в файле {path}: {written}, а в калибровке записано {value}",
  },
  factVariantUnknown: {
    en: 'no variant is named "{name}" (expected one of {names})',
    ru: "нет варианта с названием «{name}» (ожидается один из: {names})",
  },
  factRangeHalf: {
    en: "give both from and to (a month range), or neither",
    ru: "задайте и from, и to (диапазон месяцев) или ни одного",
  },
  factRangeOrder: {
    en: "{from} is after to ({to})",
    ru: "{from} позже to ({to})",
  },
  factChangeWithFrom: {
    en: "a change runs from changeSince to `to`: leave out from",
    ru: "изменение считается от changeSince до `to`: уберите from",
  },
  figureIsFact: {
    en:
      "this figure is calibration fact {number} (calibration.facts.{index}), so it was fitted, not predicted: " +
      "mark it `status: fitted`, or fit to other facts",
    ru:
      "эта цифра — факт калибровки {number} (calibration.facts.{index}), то есть подобрана, а не предсказана: " +
      "пометьте её `status: fitted` или подбирайте по другим фактам",
  },
  fittedWithoutFact: {
    en:
      "marked fitted, but no calibration fact is this figure (same kpi, variant, month and changeSince): " +
      "list it under calibration.facts, or mark it predicted",
    ru:
      "помечена fitted, но ни один факт калибровки не совпадает с этой цифрой (тот же kpi, вариант, месяц и " +
      "changeSince): внесите её в calibration.facts или пометьте predicted",
  },
} as const satisfies Readonly<Record<string, CrossFieldTemplate>>;

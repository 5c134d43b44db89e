import type { Messages } from "./en.js";

/** Склонение по числу: 1 месяц, 2 месяца, 5 месяцев (Intl.PluralRules знает правила русского языка). */
const plural = (n: number, one: string, few: string, many: string): string => {
  const form = new Intl.PluralRules("ru-RU").select(n);
  return form === "one" ? one : form === "few" ? few : many;
};

/** The Russian message catalogue: the same keys as en.ts (the type enforces it). */
export const ru: Messages = {
  lang: "ru",
  report: {
    titleSuffix: "отчёт ccsim",
    summary: "Итоги",
    variants: "Варианты",
    sets: "задаёт",
    againstBaseline: (variant: string) => `«${variant}» в сравнении с базовым вариантом (среднее за отчётные месяцы)`,
    againstBaselineMd: (variant: string) =>
      `Главные различия: «${variant}» в сравнении с базовым вариантом (среднее за отчётные месяцы; неуверенные — курсивом):`,
    targets: (met: number, of: number) =>
      `Цели: сколько из последних ${of} месяцев цель выполнена (планка зрелости: ${met} из ${of})`,
    warnings: "Предупреждения о правдоподобии",
    warningsIntro:
      "Значения вне диапазонов, которые сообщают реальные контакт-центры: читайте их с учётом указанной причины.",
    band: "диапазон",
    monthly: "Показатели по месяцам",
    monthlyIntro:
      "Линии — среднее по прогонам; полосы — 95-процентный доверительный интервал среднего. Каждый вариант считается на тех же случайных числах, что и базовый.",
    markers: (dates: string) =>
      `Пунктирные вертикальные линии — даты, с которых действуют датированные изменения сценария, в базовом варианте или в вариантах (${dates}).`,
    dataCsv: "Данные (CSV)",
    caseCard: (variant: string) => `Карточка кейса: заявлено и смоделировано («${variant}»)`,
    caseCardReadings: "Как прочитана каждая неоднозначная цифра (как указано в файле сценария):",
    changes: "Что меняет каждый вариант",
    changesIntro:
      "Каждый параметр, который задаёт вариант: значение в базовом варианте, значение в варианте, дата начала действия и источник значения.",
    noChanges: "Ни один параметр не отличается от базового варианта.",
    assumptions: "Допущения",
    assumptionsIntro:
      "Все параметры, которые сценарий задаёт иначе, чем по умолчанию, и все значения по умолчанию, которые являются допущениями; в столбце варианта — значение, с которым он считался.",
    reproducibility: "Воспроизводимость",
    variantMean: (series: string) => `${series}: среднее (95% ДИ)`,
    survivalAt: (days: number) => `работают через ${days} дн. после найма: среднее (95% ДИ)`,
  },
  head: {
    parameter: "параметр",
    value: "значение",
    baseline: "базовый",
    default: "по умолчанию",
    status: "статус",
    meaning: "смысл и источник",
    whatItIs: "что это",
    variantValue: "вариант",
    from: "действует с",
    source: "источник",
    variant: "вариант",
    kpi: "показатель",
    target: "цель",
    monthsOnTarget: (variant: string) => `«${variant}»: месяцев в цели`,
    figure: "показатель",
    reported: "заявлено",
    simulated: "в модели",
    ci95: "95% ДИ",
    reproduced: "воспроизведено",
    causalEffect: "причинный эффект против базового варианта (95% ДИ)",
  },
  words: {
    baselineVariant: "базовый вариант",
    none: "нет",
    yes: "да",
    no: "нет",
    mature: "зрелый уровень",
    ofMonths: (met: number, months: number) => `${met} из ${months}`,
    start: "с начала",
    setByScenario: "задано сценарием",
    defaultAssumption: "по умолчанию (допущение)",
    sameAsBaseline: "как в базовом",
    assumption: "допущение",
    notStated: "в файле не указан",
    // The case files' source comments are English and formulaic: their usual words in Russian, the rest as written.
    note: (text: string) =>
      text
        .replace(/^assumption\b/i, "допущение")
        .replace(/^reported \(after\)/i, "данные кейса (после)")
        .replace(/^reported \(before\)/i, "данные кейса (до)")
        .replace(/^reported\b/i, "данные кейса")
        .replace(/^calibrated\b/i, "калибровка"),
    fromDate: (date: string) => `с ${date}`,
    mean: "среднее",
    change: (kpi: string, from: string, to: string) => `${kpi}, изменение: ${from} — ${to}`,
    inMonth: (kpi: string, month: string) => `${kpi}, ${month}`,
    end: "конец прогона",
    to: (low: string, high: string) => `от ${low} до ${high}`,
    versus: (baseline: string) => `против варианта «${baseline}»`,
    status: (status: "fitted" | "predicted") => (status === "fitted" ? "подобран" : "предсказан"),
    figureUnit: (unit: string, currency: string) =>
      ({
        fraction: "",
        percent: "%",
        "percentage-points": "п. п.",
        "nps-points": "пунктов",
        seconds: "с",
        days: "дн.",
        contacts: "контактов",
        agents: "операторов",
        currency: currency === "RUB" ? "₽" : currency,
      })[unit] ?? unit,
  },
  target: {
    atLeast: "не ниже",
    atMost: "не выше",
    text: (bound: string, value: string, counts: string, met: number, of: number) =>
      `Цель: ${bound} ${value} (красная штриховая линия). ${plural(of, "Месяц", "Месяца", "Месяцев")} в цели из последних ${of}: ${counts} (планка зрелости: ${met} из ${of}).`,
  },
  provenance: {
    version: "версия ccsim",
    commit: "коммит git",
    file: "файл сценария",
    sha: "SHA-256 сценария",
    seed: "зерно генератора",
    replications: "прогонов на вариант",
    fidelity: "детализация",
    command: "команда",
  },
  headline: {
    sentence: (kpi: string, base: string, value: string, variant: string, diff: string, low: string, high: string) =>
      `${kpi}: ${base} в базовом варианте, ${value} в варианте «${variant}», разница ${diff} (95% ДИ от ${low} до ${high})`,
    real: "различие реальное: интервал не включает ноль",
    unclear: (replications: number) =>
      `не отличить от отсутствия изменений на ${replications} ${plural(replications, "прогоне", "прогонах", "прогонах")}`,
  },
  chart: {
    variant: "вариант",
    series: "ряд",
    daysSinceHire: "дней после найма",
    ciLow: "95% ДИ, нижняя граница",
    ciHigh: "95% ДИ, верхняя граница",
    change: "изменение",
    month: "месяц",
    mean: "среднее",
  },
  plausibility: {
    warning: (variant: string, figure: string, month: string, more: string, low: string, high: string, cause: string) =>
      `предупреждение: ${variant}: ${figure} за ${month}${more} вне правдоподобного диапазона от ${low} до ${high}; вероятная причина: ${cause}`,
    more: (n: number) => ` (и ещё ${n} ${plural(n, "месяц", "месяца", "месяцев")})`,
    na: "н/д",
    /** A whole percentage as the language writes it (Russian puts a space before the sign). */
    percent: (n: string) => `${n} %`,
    days: (n: string) => `${n} дн.`,
    understaffing: (sufficiency: string, attrition: string, fill: string) =>
      `нехватка персонала: часы в графике — ${sufficiency} от нужных планировщику (текучесть ${attrition} в месяц, срок закрытия вакансии ${fill})`,
    slowHandling: (multiplier: string) =>
      `время обработки выше плана: операторы на линии работают в ${multiplier} раза дольше опытного (новички учатся, выгорание)`,
    demandAbovePlan:
      "нагрузка выше той, под которую укомплектовывает планировщик (ошибка прогноза, ограничения), при штате по плану",
    overstaffing: (sufficiency: string) => `избыток персонала: часы в графике — ${sufficiency} от нужных планировщику`,
    smallScale: (sufficiency: string) =>
      `малая очередь: часы в графике — ${sufficiency} от нужных планировщику, так что простой требует сама цель по уровню сервиса при таком объёме (немногие операторы отвечают в пределах порога, только если часто свободны)`,
    hoursOffPeak: (sufficiency: string, serviceLevel: string) =>
      `часы не там, где звонки: в графике ${sufficiency} от нужных планировщику часов, а уровень сервиса голоса ${serviceLevel}; шаблоны и начала смен не покрывают внутридневные пики`,
    hiringBehind: (attrition: string, vacancies: string) =>
      `найм не успевает: текучесть ${attrition} в месяц, открыто вакансий: ${vacancies}`,
    aboveNeed: "операторов больше, чем нужно планировщику: стартовый штат или headcountTargetFactor выше потребности",
    lowQuitting: "риск увольнения ниже отраслевого диапазона (раздел attrition)",
    burnout: "выгорание от высокой загрузки",
    pay: "оплата ниже рыночной",
    disengagement: "потеря вовлечённости",
    leaverShare: (cause: string, share: string) => `${cause} (${share} % ушедших по этой причине)`,
    baseHazards: "базовый риск увольнения (раздел attrition, calibrateToMonthlyAttrition)",
    engagementHigh: "настройки вовлечённости (раздел motivation) намного выше нейтральных",
    burnoutEngagement: (occupancy: string) => `выгорание от высокой загрузки (${occupancy}) снижает вовлечённость`,
    payEngagement: "оплата ниже рыночной снижает вовлечённость",
    engagementLow: (agents: string) =>
      `настройки вовлечённости (раздел motivation) ниже нейтральных или выборочный шум опроса ${agents} операторов`,
    otherFigures: "смотрите другие показатели этого месяца",
    sources: {
      serviceLevel:
        "центры планируют на 80/20, зрелые держатся в пределах 5 % от цели (модель зрелости ICMI); ниже 50 % за месяц — это обвал, а не рабочий режим (допущение)",
      abandonRate:
        "планировщики ограничивают долю потерянных 3–5 % (Garnett, Mandelbaum, Reiman, 2002; docs/model.md); выше 15 % за месяц центры не сообщают (допущение)",
      occupancy:
        "загрузку держат не выше 85 % (Call Centre Helper, Pearce); выше 95 % долго не выдержать, ниже 50 % — простой (допущение)",
      staffingSufficiency:
        "МТС сообщила о 91 % при нехватке персонала (Client Service Forum, 2024); ниже 80 % или выше 130 % нужных часов — за пределами этого опыта (допущение)",
      monthlyAttrition:
        "телемаркетинг в США — около 31 % в год (2,6 % в месяц), по отраслям 25–50 % и более в год (Global Call Center survey, 2007); МТС — 6–11 % в месяц при дефиците (2023–2024)",
      enps: "контакт-центры сообщают примерно от −20 до +30, ниже типичных для работодателей +10…+29 (бенчмарки eNPS PeoplePilot и CultureMonkey); выше +30 — верхний уровень работодателей, которого ежемесячный опрос операторов достигает редко (допущение)",
    },
  },
  sensitivity: {
    title: "Чувствительность к заявленным допущениям",
    declared: "Параметры, которые сценарий объявляет неопределёнными, с диапазоном каждого и причиной:",
    bandsTitle: "Полосы неопределённости",
    influenceTitle: "От чего больше всего зависит каждый показатель",
    head: {
      parameter: "параметр",
      range: "диапазон",
      distribution: "распределение",
      source: "источник",
      why: "почему",
      output: "показатель",
      influential: "самые влиятельные параметры",
    },
    range: (min: string, max: string) => `от ${min} до ${max}`,
    distributions: { uniform: "равномерное", triangular: "треугольное", "log-uniform": "лог-равномерное" },
    mode: (mode: string) => `мода ${mode}`,
    noStudy:
      "Исследование чувствительности не передано. Запустите `ccsim sensitivity FILE --out sensitivity.json`, затем `ccsim report FILE --sensitivity sensitivity.json`, " +
      "чтобы увидеть, от каких из этих допущений зависят результаты и сохраняется ли преимущество каждого варианта.",
    morris: (samples: number) => `Элементарные эффекты Морриса, траекторий: ${samples}`,
    sobol: (samples: number) => `Индексы Соболя (выборка Сальтелли, оценки Янсена, бутстреп-ДИ), N = ${samples}`,
    study: (method: string, worlds: number, replications: number, fidelity: string, seed: number, command: string) =>
      `${method}. ${worlds} ${plural(worlds, "мир", "мира", "миров")}: один с заявленными значениями и ${worlds - 1} из заявленных диапазонов, в каждом ${replications} ${plural(replications, "прогон", "прогона", "прогонов")} с детализацией ${fidelity === "contact" ? "поконтактная" : "интервальная"} на одних и тех же ` +
      `случайных числах (зерно ${seed}); показатели — средние за отчётные месяцы. Команда: ${command}.`,
    beats: (variant: string, kpi: string, share: string, worlds: number) =>
      `В заявленных диапазонах «${variant}» лучше базового варианта по показателю «${kpi}» в ${share} из ${worlds} ${plural(worlds, "выбранного мира", "выбранных миров", "выбранных миров")}`,
    higher: (variant: string, kpi: string, share: string, worlds: number) =>
      `В заявленных диапазонах у «${variant}» показатель «${kpi}» выше, чем в базовом варианте, в ${share} из ${worlds} ${plural(worlds, "выбранного мира", "выбранных миров", "выбранных миров")}`,
    band: (lead: string, p05: string, p95: string, nominal: string, sameSign: string) =>
      `${lead} (разница от 5-го до 95-го процентиля миров — от ${p05} до ${p95}; при заявленных значениях ${nominal}); разница сохраняет заявленный знак в ${sameSign}.`,
    levelOf: (kpi: string) => `${kpi}, базовый вариант`,
    differenceOf: (kpi: string, variant: string) => `${kpi}: «${variant}» минус базовый вариант`,
    tornadoLevel: (kpi: string) => `От чего зависит показатель «${kpi}» в базовом варианте`,
    tornadoDifference: (kpi: string, variant: string) =>
      `От чего зависит разница «${variant}» минус базовый вариант по показателю «${kpi}»`,
    morrisSubtitle: (samples: number) =>
      `mu* Морриса: среднее абсолютное изменение на заявленном диапазоне каждого параметра (траекторий: ${samples})`,
    sobolSubtitle: (samples: number) =>
      `Полный индекс Соболя (столбец, линия — 95% ДИ) и индекс первого порядка (штрих), N = ${samples}`,
    sobolAxis: "доля дисперсии",
    raisingIt: "рост параметра",
    raises: "повышает",
    lowers: "понижает",
  },
  units: {
    pp: "п. п.",
    seconds: "с",
    days: "дн.",
    hours: "ч",
    points: "п.",
    perMonth: "в месяц",
  },
};

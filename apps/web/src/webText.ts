/**
 * The playground's own words in English and Russian (the reports' catalogues in @ccsim/report give the headline
 * sentences, chart texts and KPI names). Plain typed objects, like the reports': `ru` must have every key of `en`
 * (a type error otherwise; apps/web/test/webText.test.ts checks it at run time too).
 */
import type { Lang } from "@ccsim/report";
import { problemText } from "./problemText.js";

/** "replication" or "replications" after a count. */
function reps(n: number): string {
  return n === 1 ? "replication" : "replications";
}

export const webEn = {
  language: "Language",
  title: "ccsim trainer playground",
  tagline: "Run a contact-centre scenario live, change a lever, and see what it does against the baseline.",
  present: "Presenter mode",
  leavePresent: "Leave presenter mode",
  headlinesTitle: "What changes: your variant against the baseline",
  meanNote: (replications: number) =>
    `Mean over the reported months, ${replications} ${reps(replications)} each on the same random numbers; a difference is "real" when its 95% interval excludes zero.`,
  firstLook: "First look: 1 replication per variant; intervals follow as more replications arrive.",
  firstLookBuilt:
    "First look: 1 replication per variant, simulated when this page was built (same engine, same seed); live replications replace it and add intervals.",
  oneReplication:
    "1 replication per variant, the whole run: no intervals and no verdicts (set Replications to 2 or more for them).",
  oneReplicationBuilt:
    "1 replication per variant, the whole run, simulated when this page was built (same engine, same seed): no intervals and no verdicts (set Replications to 2 or more for them).",
  noDifference:
    "Your variant is the baseline: move a lever (or start from one of the scenario's variants) to see a difference.",
  moreHeadlines: (n: number) => `${n} more differences`,
  caseCardTitle: (variant: string) => `Case card: what the case reported against "${variant}"`,
  verdictPending: "after 3 replications",
  stale: "Updating: the results below are from the previous settings.",
  staleCancelled:
    "Run cancelled: the results below are from the previous settings, not those on the controls. Press Run again to simulate them.",
  firstPaintLoading: "First look drawn when this page was built; loading the playground to run it live…",
  changesTitle: "Your changes from the scenario",
  changesNote: "Every parameter that differs from the scenario file, lever or not (a link can set any of them).",
  noChanges: "None: your variant is the scenario's starting point.",
  reset: "Reset",
  sideBySideTitle: "Your variants side by side with the baseline",
  baselineColumn: "baseline",
  yourVariant: "your variant",
  saveName: "Name of the saved variant",
  saveNamePlaceholder: "name, e.g. 4-week training",
  saveVariant: "Save as variant",
  saveNote: "Saves the levers as a named variant (kept in the link); set the levers again to compare.",
  savedFull: (n: number) => `${n} variants saved: remove one to save another.`,
  remove: "Remove",
  auto: "auto",
  resetLever: "reset",
  resetLeverTitle: "Back to the starting variant's value",
  explain: "explain",
  drivesLabel: "Drives: ",
  fieldLabel: "Field: ",
  defaultLabel: "Default and its source: ",
  noDefault: "none (an optional field: the description says what leaving it out means)",
  seriesPlaceholder: "2023-01 3.9, 2024-01 2.6 (left empty: a neutral market)",
  seriesProblem: "write month and value pairs, e.g. 2023-01 3.9, 2024-01 2.6",
  autoNote: (resolved: string) =>
    `The scenario sizes this start automatically (initialHeadcount: auto): ${resolved} proficient agents, the planner's first-month need. Moving the lever replaces auto with a fixed start.`,
  resetAll: "Reset all",
  glossary: "Glossary",
  whatIs: (term: string) => `What is ${term}?`,
  startsFrom: "Your variant starts from",
  baselineOption: "the baseline (no changes)",
  startNote: "Levers you move below make your variant; the baseline stays as the file has it.",
  peopleOff:
    "This scenario keeps its roster fixed (simulatePeople: false): nobody is hired, paid, trained or lost, so the levers of those are not shown.",
  fidelity: "Fidelity",
  fidelityInterval: "interval (fast: Erlang A per half-hour)",
  fidelityContact: "contact (every contact simulated: slow)",
  replications: "Replications",
  runAgain: "Run again",
  cancel: "Cancel",
  scenarioYaml: "Scenario (YAML)",
  resultsCsv: "Results (CSV)",
  copyLink: "Copy link",
  running: (replications: number, fidelity: string) =>
    `Running ${replications} ${reps(replications)} per variant at ${fidelity} fidelity...`,
  progress: (done: number, total: number) => `Running: ${done} of ${total} ${reps(total)} done.`,
  done: (replications: number, seconds: string) =>
    `Done: ${replications} ${reps(replications)} per variant in ${seconds} s.`,
  cancelled: "Cancelled. Move a lever or press Run again to start a new run.",
  rejected: "Not applied: the scenario schema rejects this change.",
  linkErrorTitle: "This link could not be opened",
  linkErrorIntro:
    "The shared state in the address does not fit the scenario schema, so nothing was run. What is wrong:",
  backToLibrary: "Back to the library",
  libraryTitle: "Pick a case or a teaching scenario",
  caseBadge: (figures: number) => `case: ${figures} reported figure${figures === 1 ? "" : "s"}`,
  teachingBadge: "teaching",
  libraryNote: (months: number, start: string, variants: string) =>
    `${months} months from ${start}; variants: ${variants === "" ? "none" : variants}`,
  openAsFile: "Open this scenario as its file has it",
  or: " or ",
  /** A located schema problem as the page shows it (problemText.ts holds the Russian forms of the templates). */
  problem: (english: string) => english,
  termNames: {
    SL: "SL",
    ASA: "ASA",
    abandonment: "abandonment",
    occupancy: "occupancy",
    sufficiency: "sufficiency",
    shrinkage: "shrinkage",
    "hh.index": "hh.index",
    tNPS: "tNPS",
    eNPS: "eNPS",
  } as Record<string, string>,
  groups: {
    "Labour market": "Labour market",
    Recruiting: "Recruiting",
    "Training and ramp-up": "Training and ramp-up",
    Pay: "Pay",
    Management: "Management",
    "Management responses": "Management responses",
    "Staffing and targets": "Staffing and targets",
  } as Record<string, string>,
  terms: {
    SL: "Service level: the share of offered contacts answered within the threshold (e.g. 80% in 20 s).",
    ASA: "Average speed of answer: the mean wait of the contacts that were answered, in seconds.",
    abandonment: "Abandonment: the share of offered contacts whose customer hung up while waiting.",
    occupancy: "Occupancy: the share of logged-in time agents spend handling contacts.",
    sufficiency: "Staffing sufficiency: rostered agent-hours divided by the hours the planner needed rostered.",
    shrinkage: "Shrinkage: the share of paid time agents are not available for contacts (leave, training, breaks).",
    "hh.index": "hh.index: job seekers per vacancy on hh.ru; low values mean a tight labour market, hard hiring.",
    tNPS: "Transactional NPS: after a contact, % of customers who would recommend minus % who would not.",
    eNPS: "Employee NPS: % of staff who would recommend the employer minus % who would not.",
  },
  paintPending:
    "Simulating your variant. The charts show the baseline alone (its first replication, simulated when this page was built); your variant's lines follow. The link's changes:",
  paintPendingHeadline: "Your variant is being simulated: its differences from the baseline follow.",
  paintStale:
    "Not yet your settings: the results below are the scenario's first look as shipped (simulated when this page was built), without the link's changes; the live run replaces them. The link's changes:",
  paintSaved: "saved variants",
  paintCancelled:
    "Run cancelled: the results below are still what was simulated when this page was built, not the link's settings. Press Run again to simulate them.",
};

export type WebText = Widen<typeof webEn>;
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

/** A Russian noun agreeing with its number: plural(5, "прогон", "прогона", "прогонов") gives "прогонов". */
function plural(n: number, one: string, few: string, many: string): string {
  const form = new Intl.PluralRules("ru-RU").select(n);
  return form === "one" ? one : form === "few" ? few : many;
}

/** "прогон" agreeing with its number: 1 прогон, 2 прогона, 5 прогонов. */
function prog(n: number): string {
  return plural(n, "прогон", "прогона", "прогонов");
}

export const webRu: WebText = {
  language: "Язык",
  title: "тренажёр ccsim",
  tagline: "Запустите сценарий контакт-центра, сдвиньте рычаг и посмотрите, что он меняет по сравнению с базовым.",
  present: "Режим показа",
  leavePresent: "Выйти из режима показа",
  headlinesTitle: "Что меняется: ваш вариант против базового",
  meanNote: (replications: number) =>
    `Среднее за отчётные месяцы, по ${replications} ${prog(replications)} на вариант на одних и тех же случайных числах; различие «реальное», если его 95-процентный интервал не включает ноль.`,
  firstLook: "Первый взгляд: 1 прогон на вариант; интервалы появятся с новыми прогонами.",
  firstLookBuilt:
    "Первый взгляд: 1 прогон на вариант, рассчитанный при сборке страницы (та же модель, то же зерно); живые прогоны заменят его и добавят интервалы.",
  oneReplication:
    "1 прогон на вариант, весь расчёт: без интервалов и вердиктов (для них задайте 2 прогона или больше).",
  oneReplicationBuilt:
    "1 прогон на вариант, весь расчёт, выполнен при сборке страницы (та же модель, то же зерно): без интервалов и вердиктов (для них задайте 2 прогона или больше).",
  noDifference: "Ваш вариант совпадает с базовым: сдвиньте рычаг (или начните с одного из вариантов сценария).",
  moreHeadlines: (n: number) => `Ещё различий: ${n}`,
  caseCardTitle: (variant: string) => `Карточка кейса: что сообщил кейс и что дал вариант «${variant}»`,
  verdictPending: "после 3 прогонов",
  stale: "Пересчёт: результаты ниже — от прежних настроек.",
  staleCancelled:
    "Прогон отменён: результаты ниже — от прежних настроек, а не от выставленных сейчас. Нажмите «Запустить снова», чтобы их рассчитать.",
  firstPaintLoading: "Первый взгляд нарисован при сборке страницы; загружается тренажёр для живых прогонов…",
  changesTitle: "Ваши изменения относительно сценария",
  changesNote: "Все параметры, отличные от файла сценария, с рычагом или без (ссылка может задать любой).",
  noChanges: "Нет: ваш вариант — исходная точка сценария.",
  reset: "Сбросить",
  sideBySideTitle: "Ваши варианты рядом с базовым",
  baselineColumn: "базовый",
  yourVariant: "ваш вариант",
  saveName: "Название сохраняемого варианта",
  saveNamePlaceholder: "название, например «обучение 4 недели»",
  saveVariant: "Сохранить вариант",
  saveNote: "Сохраняет рычаги как вариант с названием (он остаётся в ссылке); задайте рычаги снова, чтобы сравнить.",
  savedFull: (n: number) => `Сохранено вариантов: ${n}; удалите один, чтобы сохранить новый.`,
  remove: "Удалить",
  auto: "авто",
  resetLever: "сбросить",
  resetLeverTitle: "Вернуть значение исходного варианта",
  explain: "пояснение",
  drivesLabel: "На что влияет: ",
  fieldLabel: "Поле: ",
  defaultLabel: "По умолчанию и источник: ",
  noDefault: "нет (необязательное поле: описание говорит, что значит его отсутствие)",
  seriesPlaceholder: "2023-01 3.9, 2024-01 2.6 (пусто — нейтральный рынок)",
  seriesProblem: "укажите пары «месяц значение», например 2023-01 3.9, 2024-01 2.6",
  autoNote: (resolved: string) =>
    `Сценарий рассчитывает стартовый штат сам (initialHeadcount: auto): ${resolved} опытных операторов — потребность планировщика в первом месяце. Сдвиг рычага заменит авто фиксированным штатом.`,
  resetAll: "Сбросить все",
  glossary: "Словарь",
  whatIs: (term: string) => `Что такое ${term}?`,
  startsFrom: "Ваш вариант начинается с",
  baselineOption: "базового варианта (без изменений)",
  startNote: "Рычаги ниже составляют ваш вариант; базовый остаётся таким, как в файле.",
  peopleOff:
    "В этом сценарии штат постоянен (simulatePeople: false): никого не нанимают, не обучают, не увольняют и не меняют оплату, поэтому эти рычаги не показаны.",
  fidelity: "Детализация",
  fidelityInterval: "интервальная (быстро: Erlang A на полчаса)",
  fidelityContact: "поконтактная (каждый контакт: медленно)",
  replications: "Прогонов",
  runAgain: "Запустить снова",
  cancel: "Отменить",
  scenarioYaml: "Сценарий (YAML)",
  resultsCsv: "Результаты (CSV)",
  copyLink: "Скопировать ссылку",
  running: (replications: number, fidelity: string) =>
    `Считаем: ${replications} ${prog(replications)} на вариант, детализация ${fidelity === "contact" ? "поконтактная" : "интервальная"}…`,
  progress: (done: number, total: number) =>
    `Считаем: готово ${done} из ${total} ${plural(total, "прогона", "прогонов", "прогонов")}.`,
  done: (replications: number, seconds: string) =>
    `Готово: ${replications} ${prog(replications)} на вариант за ${seconds} с.`,
  cancelled: "Отменено. Сдвиньте рычаг или нажмите «Запустить снова».",
  rejected: "Не применено: схема сценария отвергает это изменение.",
  linkErrorTitle: "Эту ссылку не удалось открыть",
  linkErrorIntro: "Состояние в адресе не подходит к схеме сценария, поэтому ничего не запущено. Что не так:",
  backToLibrary: "Вернуться в библиотеку",
  libraryTitle: "Выберите кейс или учебный сценарий",
  caseBadge: (figures: number) =>
    `кейс: ${figures} ${plural(figures, "опубликованный показатель", "опубликованных показателя", "опубликованных показателей")}`,
  teachingBadge: "учебный",
  libraryNote: (months: number, start: string, variants: string) =>
    `${months} мес. с ${start}; варианты: ${variants === "" ? "нет" : variants}`,
  openAsFile: "Открыть сценарий в том виде, как он записан в файле",
  or: " или ",
  problem: (english: string) => problemText(english, "ru"),
  termNames: {
    SL: "SL",
    ASA: "ASA",
    abandonment: "доля потерянных",
    occupancy: "загрузка",
    sufficiency: "укомплектованность",
    shrinkage: "шринкидж",
    "hh.index": "hh.index",
    tNPS: "tNPS",
    eNPS: "eNPS",
  },
  groups: {
    "Labour market": "Рынок труда",
    Recruiting: "Подбор",
    "Training and ramp-up": "Обучение и адаптация",
    Pay: "Оплата",
    Management: "Управление",
    "Management responses": "Управленческие меры",
    "Staffing and targets": "Штат и цели",
  },
  terms: {
    SL: "Уровень сервиса (SL): доля поступивших контактов, принятых в пределах порога (например, 80 % за 20 с).",
    ASA: "ASA: среднее время ожидания принятых контактов, в секундах.",
    abandonment: "Потерянные: доля поступивших контактов, клиент которых положил трубку, не дождавшись ответа.",
    occupancy: "Загрузка: доля времени на линии, которую операторы заняты контактами.",
    sufficiency: "Укомплектованность: часы операторов в графике, делённые на часы, нужные по расчёту планировщика.",
    shrinkage:
      "Шринкидж: доля оплачиваемого времени, когда оператор недоступен для контактов (отпуск, обучение, перерывы).",
    "hh.index": "hh.index: соискателей на вакансию на hh.ru; низкое значение — напряжённый рынок труда, найм труден.",
    tNPS: "Транзакционный NPS: после контакта % клиентов, готовых рекомендовать, минус % не готовых.",
    eNPS: "eNPS: % сотрудников, готовых рекомендовать работодателя, минус % не готовых.",
  },
  paintPending:
    "Ваш вариант рассчитывается. На графиках пока только базовый вариант (его первый прогон, рассчитанный при сборке страницы); линии вашего варианта появятся следом. Изменения из ссылки:",
  paintPendingHeadline: "Ваш вариант рассчитывается: его отличия от базового варианта появятся следом.",
  paintStale:
    "Это ещё не ваши настройки: ниже первый взгляд на сценарий в исходном виде (рассчитан при сборке страницы), без изменений из ссылки; живой прогон заменит его. Изменения из ссылки:",
  paintSaved: "сохранённые варианты",
  paintCancelled:
    "Прогон отменён: ниже по-прежнему результаты, рассчитанные при сборке страницы, а не настройки из ссылки. Нажмите «Запустить снова», чтобы их рассчитать.",
};

export function webText(lang: Lang | undefined): WebText {
  return lang === "ru" ? webRu : webEn;
}

/** The glossary term a chart's figure is read with, by chart id. */
export function chartTerm(chartId: string): keyof WebText["terms"] | undefined {
  if (chartId.endsWith("service-level")) return "SL";
  if (chartId.endsWith("-asa")) return "ASA";
  if (chartId.endsWith("abandonment")) return "abandonment";
  if (chartId === "staffing-sufficiency") return "sufficiency";
  if (chartId === "enps") return "eNPS";
  if (chartId === "tnps") return "tNPS";
  if (chartId === "attrition" || chartId === "attrition-causes" || chartId === "hires-and-leavers") return "hh.index";
  return undefined;
}

/**
 * The Russian names of KPIs and the Russian texts of the report's charts, by KPI name and chart id. The English
 * ones are the definitions themselves (kpiFormat.ts, charts.ts); test/report/i18n.test.ts fails when a KPI or a
 * chart has no Russian entry. Names follow the usual Russian contact-centre vocabulary (SL, ASA and NPS stay as
 * the abbreviations Russian centres use).
 */
export interface ChartText {
  readonly title: string;
  readonly axisTitle: string;
  readonly definition: string;
  /** Series labels by KPI name (channel KPIs without their channel). */
  readonly series: Readonly<Record<string, string>>;
}

export const RU_CHANNELS: Readonly<Record<string, string>> = { voice: "Голос", chat: "Чат" };

export const RU_KPI: Readonly<Record<string, string>> = {
  offered: "поступило",
  answered: "принято",
  abandoned: "потеряно",
  serviceLevel: "SL",
  abandonRate: "доля потерянных",
  asaSec: "ASA",
  ahtSec: "AHT",
  outsourced: "на аутсорсе",
  serviceLevelWithPartner: "SL с партнёром",
  abandonRateWithPartner: "потерянные с партнёром",
  headcount: "численность",
  headcountTraining: "на обучении",
  headcountNesting: "на стажировке",
  headcountProficient: "опытные",
  hiresAwaitingClass: "ждут группу обучения",
  hiresPerMonth: "наймы",
  leavers: "уволились",
  leaversFromPay: "ушли из-за оплаты",
  leaversFromBurnout: "ушли из-за выгорания",
  leaversFromDisengagement: "ушли из-за потери вовлечённости",
  monthlyAttrition: "текучесть",
  trainingDropout: "отсев на обучении",
  timeToFillDays: "срок закрытия вакансии",
  timeToFillP50Days: "срок закрытия, медиана",
  timeToFillP90Days: "срок закрытия, 90-й процентиль",
  plannedTimeToFillDays: "плановый срок закрытия",
  vacanciesWithdrawn: "отозвано вакансий",
  filledWithin30Days: "закрыто за 30 дней",
  hireSurvival90d: "остались через 90 дней",
  hireSurvival180d: "остались через 180 дней",
  hireSurvival365d: "остались через 365 дней",
  tenureShareHalfToTwoYears: "стаж 0,5–2 года",
  productiveFte: "продуктивные FTE",
  tnps: "tNPS",
  enps: "eNPS",
  meanEarningsPerMonth: "заработок",
  costPerContact: "стоимость контакта",
  occupancy: "загрузка",
  staffingSufficiency: "укомплектованность",
  requiredAgentHours: "нужно часов",
  scheduledAgentHours: "в графике часов",
  loggedInAgentHours: "на линии часов",
  onServiceLevelTarget: "в цели по SL",
  contactsPerAgentP50: "контактов на оператора, медиана",
  contactsPerAgentP95: "контактов на оператора, p95",
  contactsPerAgentMax: "контактов на оператора, максимум",
  contactsPerAgentMonthMax: "контактов на оператора в месяц, максимум",
  overtimeHours: "сверхурочные часы",
  overtimeHoursPerAgentWeek: "сверхурочные на оператора в неделю",
  overtimeCost: "стоимость сверхурочных",
  payRaisePct: "повышение оплаты",
  payRaiseOwedPct: "недоданное повышение",
  refusedRaise: "отказ в повышении",
  payVsMarket: "оплата к рынку",
  recruitingSpend: "затраты на подбор",
  recruitingCampaignDays: "дней кампаний подбора",
  outsourcedContacts: "переданы на аутсорс",
  outsourcingCost: "затраты на аутсорс",
};

const channel = (name: string): Record<string, ChartText> => ({
  "service-level": {
    title: `${name}: уровень сервиса (SL)`,
    axisTitle: "% поступивших",
    definition: "принятые в пределах порога / поступившие контакты",
    series: { serviceLevel: "SL" },
  },
  abandonment: {
    title: `${name}: потерянные контакты`,
    axisTitle: "% поступивших",
    definition: "контакты, брошенные в очереди / поступившие контакты",
    series: { abandonRate: "потерянные" },
  },
  asa: {
    title: `${name}: среднее время ответа (ASA)`,
    axisTitle: "секунды",
    definition: "среднее ожидание принятых контактов",
    series: { asaSec: "ASA" },
  },
});

/** Chart texts by chart id; `{currency}` stands for the scenario's currency code. */
export const RU_CHARTS: Readonly<Record<string, ChartText>> = {
  ...Object.fromEntries(
    Object.entries(RU_CHANNELS).flatMap(([id, name]) =>
      Object.entries(channel(name)).map(([chart, text]) => [`${id}-${chart}`, text]),
    ),
  ),
  "staffing-sufficiency": {
    title: "Укомплектованность",
    axisTitle: "% от потребности",
    definition: "часы операторов в графике / часы, которые нужны по расчёту планировщика",
    series: { staffingSufficiency: "укомплектованность" },
  },
  "headcount-by-stage": {
    title: "Численность по этапам",
    axisTitle: "операторов",
    definition: "операторы на конец месяца по этапам: обучение, стажировка, опытные",
    series: { headcountTraining: "обучение", headcountNesting: "стажировка", headcountProficient: "опытные" },
  },
  "hires-and-leavers": {
    title: "Наймы и увольнения",
    axisTitle: "человек в месяц",
    definition: "нанятые и уволившиеся за месяц",
    series: { hiresPerMonth: "наймы", leavers: "увольнения" },
  },
  attrition: {
    title: "Текучесть по месяцам",
    axisTitle: "% в месяц",
    definition: "уволившиеся / средняя численность за месяц",
    series: { monthlyAttrition: "текучесть" },
  },
  "attrition-causes": {
    title: "Почему уходят операторы",
    axisTitle: "ожидаемых увольнений в месяц",
    definition: "увольнения, вызванные каждой причиной: сверх потерь тех же операторов без этой причины",
    series: {
      leaversFromPay: "оплата ниже рынка",
      leaversFromBurnout: "выгорание",
      leaversFromDisengagement: "вовлечённость",
    },
  },
  "training-dropout": {
    title: "Отсев во время обучения",
    axisTitle: "% обучающихся",
    definition: "ушедшие за месяц обучающиеся / обучающиеся",
    series: { trainingDropout: "отсев" },
  },
  enps: {
    title: "Индекс лояльности сотрудников (eNPS)",
    axisTitle: "пункты",
    definition: "eNPS опроса месяца: % сторонников − % критиков",
    series: { enps: "eNPS" },
  },
  tnps: {
    title: "Транзакционный NPS клиентов (tNPS)",
    axisTitle: "пункты",
    definition: "tNPS после обслуженных контактов: % сторонников − % критиков",
    series: { tnps: "tNPS" },
  },
  "cost-per-contact": {
    title: "Стоимость контакта",
    axisTitle: "{currency} за контакт",
    definition: "ФОТ с накладными, наём, обучение, подбор и партнёр / обслуженные контакты (свои и партнёра)",
    series: { costPerContact: "стоимость контакта" },
  },
  overtime: {
    title: "Сверхурочные",
    axisTitle: "часов на оператора в неделю",
    definition: "отработанные сверхурочные часы / (операторы в графике × недели месяца)",
    series: { overtimeHoursPerAgentWeek: "сверхурочные" },
  },
  "outsourced-contacts": {
    title: "Контакты, переданные партнёру-аутсорсеру",
    axisTitle: "контактов в месяц",
    definition: "ожидаемые контакты, переданные партнёру, когда мощности не хватало",
    series: { outsourcedContacts: "на аутсорсе" },
  },
  "pay-vs-market": {
    title: "Оплата относительно рынка",
    axisTitle: "% рыночной зарплаты",
    definition: "предлагаемая оплата / рыночная зарплата на конец месяца; растёт при пересмотрах",
    series: { payVsMarket: "оплата / рынок" },
  },
  "management-spend": {
    title: "Управленческие затраты",
    axisTitle: "{currency} в месяц",
    definition: "надбавки за сверхурочные с накладными, кампании подбора и оплата партнёра",
    series: { overtimeCost: "сверхурочные", recruitingSpend: "кампании подбора", outsourcingCost: "аутсорс" },
  },
  "hire-survival": {
    title: "Удержание нанятых",
    axisTitle: "% ещё работают",
    definition: "Каплан — Мейер: доля нанятых, работающих через t дней после найма",
    series: { hireSurvival365d: "удержание" },
  },
};

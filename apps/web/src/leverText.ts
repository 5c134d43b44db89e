/**
 * The levers in Russian: name, what each drives and the kind of value, written here because LEVERS and the schema
 * (packages/scenario) are in English; the field's description comes from the reports' Russian catalogue of the
 * schema (PARAMETER_TEXT_RU), one translation for page and reports. `leverTextRu` must hold every lever's path (apps/web/test/leverText.test.ts).
 */
import { LITERAL_TEXT, PARAMETER_TEXT_RU, literalText, type Lang } from "@ccsim/report";
import type { FieldSchema, LeverDef } from "./levers.js";

export interface LeverText {
  readonly label: string;
  readonly drives: string;
  /** The schema's title (the kind of value) and description, in the page's language. */
  readonly title: string;
  readonly description: string;
}

export const leverTextRu: Readonly<Record<string, Omit<LeverText, "description">>> = {
  "labourMarket.hhIndex": {
    label: "Траектория hh.index",
    drives:
      "Поток соискателей на вакансию (функция подбора) и рыночная зарплата: ниже индекс — меньше резюме на вакансию, медленнее найм и давление на зарплаты.",
    title: "список от 1 до 240 месячных точек",
  },
  "recruiting.hiringMode": {
    label: "Где работают новые сотрудники",
    drives:
      "Удалённые сотрудники набираются из более широкого круга (вакансии закрываются быстрее) и реже увольняются; удалённый найм требует онлайн-обучения.",
    title: "одно из: on-site (в офисе), remote (удалённо), mixed (смешанно)",
  },
  "recruiting.remoteShare": {
    label: "Доля удалённых наймов (смешанный режим)",
    drives: "Доля нанятых, работающих из дома при смешанном найме: чем больше, тем быстрее закрываются вакансии.",
    title: "число от 0 до 1",
  },
  "recruiting.remoteCatchmentMultiplier": {
    label: "Множитель охвата удалённой вакансии",
    drives:
      "Во сколько раз больше соискателей видит удалённая вакансия: эффективный hh.index для удалённых ролей — это множитель, умноженный на индекс.",
    title: "число от 1 до 10",
  },
  "recruiting.referral.enabled": {
    label: "Реферальная программа",
    drives: "Операторы приводят друзей: дополнительные наймы, которые реже уходят в первые месяцы.",
    title: "да или нет",
  },
  "recruiting.referral.bonusPerHire": {
    label: "Реферальный бонус за найм",
    drives: "Больший бонус повышает долю рекомендаций (относительно зарплаты) и учитывается как затраты на найм.",
    title: "сумма в валюте сценария от 0 до 100 000 000",
  },
  "training.trainingWeeks": {
    label: "Обучение в классе",
    drives: "Недели до того, как новичок начнёт принимать контакты; каждую неделю курса часть обучающихся отсеивается.",
    title: "целое число недель от 1 до 26",
  },
  "training.online": {
    label: "Онлайн-обучение",
    drives: "Занятия проходят онлайн; это нужно для удалённого найма.",
    title: "да или нет",
  },
  "training.cultureFirst": {
    label: "Сначала культура",
    drives: "Культура компании до продуктов: меньше отсев на обучении и ниже риск ухода в первые месяцы.",
    title: "да или нет",
  },
  "rampUp.adaptationMonths": {
    label: "Адаптация (до 95 % мастерства)",
    drives: "Кривая обучения после курса: новички работают медленнее и менее точно, пока не освоятся.",
    title: "положительное число месяцев до 24",
  },
  "pay.scheme": {
    label: "Схема оплаты",
    drives:
      "Сдельная оплата повышает усилия (скорость) и удерживает быстрых операторов ценой качества, если ставка не привязана к собственному tNPS оператора.",
    title: "одно из: fixed (оклад), piece-rate (сдельная), piece-rate-tnps (сдельная с tNPS)",
  },
  "pay.salaryPerMonth": {
    label: "Оклад (фиксированная схема)",
    drives: "Оплата относительно рыночной определяет отклики, принятие офферов, увольнения и вовлечённость.",
    title: "сумма в валюте сценария от 0 до 100 000 000",
  },
  "pay.baseSalaryPerMonth": {
    label: "Базовый оклад (сдельные схемы)",
    drives: "Гарантированная часть сдельной оплаты; вместе со ставкой определяет заработок относительно рынка.",
    title: "сумма в валюте сценария от 0 до 100 000 000",
  },
  "pay.pieceRatePerContact": {
    label: "Ставка за контакт",
    drives:
      "Оплата за обработанный контакт: выше ставка — больше усилия и заработок и сильнее тяга к скорости в ущерб качеству.",
    title: "сумма в валюте сценария от 0 до 1 000 000",
  },
  "pay.qualityWeightInRate": {
    label: "Вес tNPS в ставке",
    drives:
      "При схеме с tNPS — какая часть ставки зависит от собственного tNPS оператора: смягчает потерю качества при сдельной оплате.",
    title: "число от 0 до 1",
  },
  "motivation.kpiClarity": {
    label: "Понятность KPI",
    drives:
      "Доля сотрудников, считающих свои KPI понятными и достижимыми: повышает вовлечённость, а значит eNPS, и снижает уходы.",
    title: "число от 0 до 1",
  },
  "management.overtime.enabled": {
    label: "Сверхурочные при нехватке",
    drives:
      "Операторы остаются до 2 часов в день и 2,3 в неделю (пределы ТК РФ), где график неполон: больше часов на линии с оплатой ×1,5-2 ценой выгорания.",
    title: "да или нет",
  },
  "management.payReview.enabled": {
    label: "Ежегодный пересмотр оплаты",
    drives:
      "Оплата следует за рыночной (с запаздыванием) при каждом пересмотре в пределах бюджета; недостаточный пересмотр — это отказ в повышении, он повышает уходы на месяцы.",
    title: "да или нет",
  },
  "management.payReview.maxRaisePct": {
    label: "Наибольшее повышение за пересмотр (%)",
    drives: "Бюджетный предел пересмотра: если рынок ушёл дальше, оплата отстаёт, и это считается отказом в повышении.",
    title: "число процентов от 0 до 100",
  },
  "management.recruitingEffort.enabled": {
    label: "Кампании по подбору",
    drives:
      "Когда вакансии открыты дольше месяца, платные размещения и агентства дают в 1,5 раза больше откликов, с затратами на каждую открытую вакансию.",
    title: "да или нет",
  },
  "management.outsourcing.enabled": {
    label: "Передача перегрузки аутсорсеру",
    drives:
      "Когда мощность ниже 90 % потребности, часть контактов уходит партнёру за плату за контакт и обслуживается на его договорном уровне сервиса.",
    title: "да или нет",
  },
  "management.outsourcing.maxSharePct": {
    label: "Наибольшая доля контактов у партнёра (%)",
    drives: "Договорная мощность партнёра: наибольшая доля контактов центра, которую он принимает.",
    title: "число процентов от 0 до 100",
  },
  "operations.initialHeadcount.proficient": {
    label: "Стартовый штат (опытные операторы)",
    drives: "Численность в первый день; дальше планировщик нанимает до штата, нужного для цели по уровню сервиса.",
    title: "целое число операторов от 0 до 100 000",
  },
  "recruiting.headcountTargetFactor": {
    label: "Цель по штату (× потребность планировщика)",
    drives:
      "Подбор нанимает до этой доли штата, нужного планировщику для цели по уровню сервиса: ниже 1 — «худой» центр (дешевле, но ниже сервис и выше загрузка, а значит выгорание), выше 1 — запас на текучесть.",
    title: "число от 0,3 до 3",
  },
  "demand.voice.serviceLevel.target": {
    label: "Цель уровня сервиса, голос (планировщик)",
    drives:
      "Планировщик укомплектовывает каждый интервал и задаёт штат найма под эту цель: выше цель — больше операторов и затрат.",
    title: "положительное число до 1",
  },
  "targets.minServiceLevel": {
    label: "Планка уровня сервиса на графиках",
    drives: "Только красная линия цели на графиках уровня сервиса (месяцы в цели); на укомплектование не влияет.",
    title: "число от 0 до 1",
  },
};

/** Option labels of the levers' enumerations in Russian: the reports' display names (the values stay as the file writes them). */
export const optionTextRu: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LITERAL_TEXT).map(([literal, [, ru]]) => [literal, ru]),
);

/** The units beside the number boxes in Russian (levers.ts has the English); `{currency}` is the scenario's. */
export const leverUnitRu: Readonly<Record<string, string>> = {
  "recruiting.remoteCatchmentMultiplier": "×",
  "recruiting.referral.bonusPerHire": "{currency}",
  "training.trainingWeeks": "нед.",
  "rampUp.adaptationMonths": "мес.",
  "pay.salaryPerMonth": "{currency}/мес.",
  "pay.baseSalaryPerMonth": "{currency}/мес.",
  "pay.pieceRatePerContact": "{currency}",
};

/** The unit beside a lever's number box in the page's language, empty when its label or percentage says it. */
export function leverUnit(lever: LeverDef, lang: Lang | undefined, currency: string): string {
  const unit = (lang === "ru" ? leverUnitRu[lever.path] : undefined) ?? lever.unit ?? "";
  return unit.replace("{currency}", currency);
}

/** A lever's words in the page's language. */
export function leverText(lever: LeverDef, schema: FieldSchema, lang: Lang | undefined): LeverText {
  const own = lang === "ru" ? leverTextRu[lever.path] : undefined;
  // The field's description as the reports give it (one Russian translation of the schema for page and reports).
  const ru =
    own === undefined ? undefined : { ...own, description: PARAMETER_TEXT_RU[lever.path] ?? schema.description ?? "" };
  return (
    ru ?? {
      label: lever.label,
      drives: lever.drives,
      title: schema.title ?? schema.type ?? "value",
      description: schema.description ?? "",
    }
  );
}

/** An option's label: the display name the reports give the literal, in the page's language. */
export function optionText(value: string, lang: Lang | undefined): string {
  return literalText(value, lang ?? "en");
}

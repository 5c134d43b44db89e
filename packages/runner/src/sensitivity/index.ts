export { morrisOf, sobolOf, type MorrisOptions, type SobolOptions } from "./analyse.js";
export {
  morrisDesign,
  saltelliDesign,
  saltelliPoints,
  type MorrisDesign,
  type MorrisStep,
  type SaltelliDesign,
} from "./design.js";
export { quantileOf, valuesAt, type UncertainInput } from "./inputs.js";
export { morrisEffects, type MorrisEffect } from "./morrisEffects.js";
export { sobolIndices, type IndexEstimate, type SaltelliOutputs, type SobolIndex } from "./sobolIndices.js";
export { evaluateWorlds, WorldError, type EvaluateOptions, type World, type WorldOutputs } from "./evaluateWorlds.js";
export { robustness, type Robustness } from "./robustness.js";
export {
  DEFAULT_SENSITIVITY_KPIS,
  SensitivityInputError,
  sensitivityStudy,
  uncertainInputs,
  type SensitivityMethod,
  type SensitivityOptions,
  type SensitivityRow,
  type SensitivityStudy,
} from "./study.js";

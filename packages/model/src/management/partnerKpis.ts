import type { ChannelParams } from "../CentreParams.js";
import type { PartnerOutcomes } from "./Outsourcing.js";

/**
 * Adds a month's management KPIs to the centre's, and the customer's view of each channel with the partner's
 * contacts included: `<channel>.serviceLevelWithPartner` and `<channel>.abandonRateWithPartner` weight the
 * centre's figures by its offered contacts and add the partner's contacts within its contract's service level and
 * abandoned under it (`partner`: each routed contact at the terms in force when it was routed).
 */
export function withPartner(
  values: Record<string, number>,
  channels: readonly ChannelParams[],
  month: Record<string, number> | undefined,
  partner: PartnerOutcomes | undefined,
): Record<string, number> {
  if (month === undefined || partner === undefined) return values;
  const out = { ...values, ...month };
  channels.forEach((ch, c) => {
    const offered = values[`${ch.name}.offered`] ?? 0;
    const routed = month[`${ch.name}.outsourced`] ?? 0;
    const total = offered + routed;
    out[`${ch.name}.serviceLevelWithPartner`] =
      total > 0 ? ((values[`${ch.name}.serviceLevel`] ?? 0) * offered + partner.withinServiceLevel[c]!) / total : 0;
    out[`${ch.name}.abandonRateWithPartner`] =
      total > 0 ? ((values[`${ch.name}.abandonRate`] ?? 0) * offered + partner.abandoned[c]!) / total : 0;
  });
  return out;
}

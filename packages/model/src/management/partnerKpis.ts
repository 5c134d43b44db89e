import type { ChannelParams } from "../CentreParams.js";
import type { ManagementParams } from "./ManagementParams.js";

/**
 * Adds a month's management KPIs to the centre's, and the customer's view of each channel with the partner's
 * contacts included: `<channel>.serviceLevelWithPartner` and `<channel>.abandonRateWithPartner` weight the
 * centre's figures by its offered contacts and the partner's contract figures by the contacts routed out.
 */
export function withPartner(
  values: Record<string, number>,
  channels: readonly ChannelParams[],
  month: Record<string, number> | undefined,
  params: ManagementParams | undefined,
): Record<string, number> {
  if (month === undefined || params === undefined) return values;
  const out = { ...values, ...month };
  const partner = params.outsourcing;
  for (const ch of channels) {
    const offered = values[`${ch.name}.offered`] ?? 0;
    const routed = month[`${ch.name}.outsourced`] ?? 0;
    const total = offered + routed;
    out[`${ch.name}.serviceLevelWithPartner`] =
      total > 0
        ? ((values[`${ch.name}.serviceLevel`] ?? 0) * offered + partner.partnerServiceLevel * routed) / total
        : 0;
    out[`${ch.name}.abandonRateWithPartner`] =
      total > 0 ? ((values[`${ch.name}.abandonRate`] ?? 0) * offered + partner.partnerAbandonRate * routed) / total : 0;
  }
  return out;
}

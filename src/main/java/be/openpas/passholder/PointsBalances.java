package be.openpas.passholder;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Where passholder views get the points balance from (implemented by the loyalty capability, which owns the points
 * ledger). Without an implementation every balance is 0: no points can have been earned.
 */
public interface PointsBalances {

    Map<UUID, Integer> balancesOf(Collection<UUID> passholderIds);
}

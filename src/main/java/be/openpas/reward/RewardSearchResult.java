package be.openpas.reward;

import be.openpas.shared.paging.Page;
import java.util.Map;

/**
 * A page of rewards and the requested facets: per facet ({@code categories}, {@code owningCardSystemId}, {@code type},
 * {@code sport}, {@code forKids}, {@code online}, {@code lastChance}), the number of results per value
 * ({@code "true"}/{@code "false"} for flags) with the other filters applied.
 */
public record RewardSearchResult(Page<Reward> page, Map<String, Map<String, Integer>> facets) {}

package be.openpas.reward.internal.web;

import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemNotFound;
import be.openpas.cardsystem.CardSystems;
import be.openpas.organizer.OrganizerNotFound;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderNotFound;
import be.openpas.passholder.PassholderPermissions;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.reward.InvalidCardSystem;
import be.openpas.reward.Reward;
import be.openpas.reward.RewardDefinition;
import be.openpas.reward.RewardId;
import be.openpas.reward.RewardQuery;
import be.openpas.reward.RewardSearchResult;
import be.openpas.reward.RewardStatus;
import be.openpas.reward.RewardType;
import be.openpas.reward.Rewards;
import be.openpas.reward.internal.persistence.RewardSearchRepository;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The contract's reward operations: create, update, read and search (docs/rewards.md). */
@RestController
class RewardController {

    private final Rewards rewards;
    private final RewardJson json;
    private final RewardAccess access;
    private final Organizers organizers;
    private final CardSystems cardSystems;
    private final Passholders passholders;
    private final PassholderPermissions passholderPermissions;

    RewardController(
            Rewards rewards,
            RewardJson json,
            RewardAccess access,
            Organizers organizers,
            CardSystems cardSystems,
            Passholders passholders,
            PassholderPermissions passholderPermissions) {
        this.rewards = rewards;
        this.json = json;
        this.access = access;
        this.organizers = organizers;
        this.cardSystems = cardSystems;
        this.passholders = passholders;
        this.passholderPermissions = passholderPermissions;
    }

    /**
     * Creates a reward ({@code REWARDS_WRITE} for every organizer it names). Without organizers it is redeemable at
     * the first organizer (by name) the client may write for, in the owning card system if one is given.
     */
    @PostMapping("/rewards")
    RewardJson.Body create(@RequestBody(required = false) RewardJson.Body body) {
        String clientId = access.clientId();
        RewardDefinition definition = RewardJson.definition(body);
        List<UUID> organizerIds = definition.organizerIds();
        if (definition.owningCardSystemId() != null
                && !cardSystems.exists(CardSystemId.of(definition.owningCardSystemId()))) {
            throw new InvalidCardSystem(definition.owningCardSystemId(), false).exception();
        }
        if (organizerIds.isEmpty()) {
            organizerIds = List.of(defaultOrganizer(definition.owningCardSystemId()));
        } else {
            organizerIds.forEach(id -> requireWrite(id));
        }
        return json.of(rewards.create(definition.with(null, organizerIds, definition.owningCardSystemId()), clientId));
    }

    /**
     * Replaces a reward ({@code REWARDS_WRITE} for one of its organizers, and for every organizer it adds). Without
     * organizers or owning card system, they stay as they are.
     */
    @PutMapping("/rewards/{rewardId}")
    RewardJson.Body update(@PathVariable String rewardId, @RequestBody(required = false) RewardJson.Body body) {
        Reward stored = rewards.get(rewardId);
        access.require(Permission.REWARDS_WRITE, stored);
        RewardDefinition definition = RewardJson.definition(body);
        List<UUID> organizerIds =
                definition.organizerIds().isEmpty() ? stored.organizerIds() : definition.organizerIds();
        organizerIds.stream().filter(id -> !stored.organizerIds().contains(id)).forEach(this::requireWrite);
        Integer owning = definition.owningCardSystemId() != null
                ? definition.owningCardSystemId()
                : Integer.valueOf(stored.owningCardSystemId());
        return json.of(rewards.update(RewardId.of(stored.id()), definition.with(null, organizerIds, owning)));
    }

    @GetMapping("/rewards/{rewardId}")
    RewardJson.Body get(@PathVariable String rewardId) {
        Reward reward = rewards.get(rewardId);
        access.require(Permission.REWARDS_READ, reward);
        return json.of(reward);
    }

    private void requireWrite(UUID organizerId) {
        if (!access.has(Permission.REWARDS_WRITE, organizerId)) {
            throw new Forbidden("The client lacks REWARDS_WRITE for organizer " + organizerId + ".").exception();
        }
    }

    private UUID defaultOrganizer(Integer owningCardSystemId) {
        Set<UUID> writable = access.organizersWith(Permission.REWARDS_WRITE);
        if (writable.isEmpty()) {
            if (access.admin()) {
                throw ApiProblem.invalidData("/organizers", "name at least one organizer where it can be redeemed");
            }
            throw new Forbidden("The client lacks REWARDS_WRITE for every organizer.").exception();
        }
        return organizers.byIds(writable).values().stream()
                .filter(o -> owningCardSystemId == null || o.cardSystemIds().contains(owningCardSystemId))
                .min(Comparator.comparing(OrganizerView::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(OrganizerView::id))
                .map(OrganizerView::id)
                .orElseThrow(() -> ApiProblem.invalidData(
                        "/organizers",
                        "none of the organizers the client may write for takes part in card system "
                                + owningCardSystemId));
    }

    // ------------------------------------------------------------------------------------------------------ search

    record RewardsPage(long totalItems, List<RewardJson.Body> member, Map<String, Map<String, FacetValue>> facet) {}

    record FacetValue(Map<String, String> name, int count) {}

    /**
     * Searches rewards. No permission is needed except {@code REWARDS_PASSHOLDERS_READ} (for the passholder) with
     * {@code isRedeemableByPassholderId} or {@code isInterestingForPassholderId}.
     */
    @GetMapping("/rewards")
    RewardsPage search(
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) List<String> organizerId,
            @RequestParam(required = false) List<String> organizerPostalCode,
            @RequestParam(required = false) List<String> owningCardSystemId,
            @RequestParam(required = false) List<String> applicableCardSystemId,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) List<String> facets,
            @RequestParam(required = false) String sort,
            @RequestParam(name = "sort[name]", required = false) String sortName,
            @RequestParam(name = "sort[creationDate]", required = false) String sortCreationDate,
            @RequestParam(name = "sort[redeemCount]", required = false) String sortRedeemCount,
            @RequestParam(name = "sort[featured]", required = false) String sortFeatured,
            @RequestParam(name = "sort[points]", required = false) String sortPoints,
            @RequestParam(required = false) List<String> categories,
            @RequestParam(required = false) Integer pointsFrom,
            @RequestParam(required = false) Integer pointsTo,
            @RequestParam(required = false) String subset,
            @RequestParam(required = false) Boolean sport,
            @RequestParam(required = false) Boolean forKids,
            @RequestParam(required = false) Boolean featured,
            @RequestParam(required = false) Boolean online,
            @RequestParam(required = false) Boolean lastChance,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String isRedeemableByPassholderId,
            @RequestParam(required = false) String isInterestingForPassholderId) {
        PageRequest page = PageRequest.of(start, limit);
        List<RewardQuery.Sort> sorts = sort != null
                ? sorts(sort)
                : deprecatedSorts(sortName, sortCreationDate, sortRedeemCount, sortFeatured, sortPoints);
        List<String> facetNames =
                facets == null ? List.of() : facets.stream().distinct().toList();
        for (String facet : facetNames) {
            if (!RewardSearchRepository.FACETS.contains(facet)) {
                throw invalid("facets must be some of " + RewardSearchRepository.FACETS + ".");
            }
        }
        List<String> categoryNames = categories == null ? List.of() : categories;
        for (String category : categoryNames) {
            if (!RewardDefinition.CATEGORIES.contains(category)) {
                throw invalid("categories must be some of " + RewardDefinition.CATEGORIES + ".");
            }
        }
        UUID redeemableBy = passholderFilter(isRedeemableByPassholderId);
        UUID interestingFor = passholderFilter(isInterestingForPassholderId);
        RewardQuery query = new RewardQuery(
                subset(subset),
                type(type),
                organizerIds(organizerId),
                organizerPostalCode,
                cardSystemIds(owningCardSystemId),
                cardSystemIds(applicableCardSystemId),
                text,
                categoryNames,
                pointsFrom,
                pointsTo,
                sport,
                forKids,
                featured,
                online,
                lastChance,
                status == null ? null : parse(RewardStatus.class, status, "status"),
                redeemableBy,
                interestingFor,
                sorts,
                facetNames);
        RewardSearchResult result = rewards.search(query, page);
        return new RewardsPage(
                result.page().totalItems(),
                json.of(result.page().member()),
                facetNames.isEmpty() ? null : facets(result.facets()));
    }

    /** The passholder of a passholder filter, after checking {@code REWARDS_PASSHOLDERS_READ} for them. */
    private UUID passholderFilter(String passholderId) {
        if (passholderId == null) {
            return null;
        }
        PassholderView passholder = PassholderId.parse(passholderId.trim())
                .flatMap(passholders::find)
                .orElseThrow(() -> PassholderNotFound.referenced(passholderId).exception());
        passholderPermissions.require(Permission.REWARDS_PASSHOLDERS_READ, passholder);
        return passholder.id();
    }

    private Map<String, Map<String, FacetValue>> facets(Map<String, Map<String, Integer>> counts) {
        Map<Integer, String> cardSystemNames = new LinkedHashMap<>();
        cardSystems.all().forEach(cs -> cardSystemNames.put(cs.id(), cs.name()));
        Map<String, Map<String, FacetValue>> facets = new LinkedHashMap<>();
        counts.forEach((facet, values) -> {
            Map<String, FacetValue> named = new LinkedHashMap<>();
            values.forEach((value, count) ->
                    named.put(value, new FacetValue(Map.of("nl", facetName(facet, value, cardSystemNames)), count)));
            facets.put(facet, named);
        });
        return facets;
    }

    /** The Dutch name of a facet value (the contract's facet names are in Dutch). */
    static String facetName(String facet, String value, Map<Integer, String> cardSystemNames) {
        boolean yes = "true".equals(value);
        return switch (facet) {
            case "owningCardSystemId" -> cardSystemNames.getOrDefault(Integer.valueOf(value), value);
            case "type" -> "WELCOME".equals(value) ? "Welkomstvoordeel" : "Omruilvoordeel";
            case "sport" -> yes ? "Sportactiviteiten" : "Geen sportactiviteiten";
            case "forKids" -> yes ? "Speciaal voor kinderen" : "Niet speciaal voor kinderen";
            case "online" -> yes ? "Online om te ruilen" : "Niet online om te ruilen";
            case "lastChance" -> yes ? "Laatste kans" : "Geen laatste kans";
            default -> value;
        };
    }

    static List<RewardQuery.Sort> sorts(String sort) {
        List<RewardQuery.Sort> sorts = new ArrayList<>();
        for (String part : sort.split(",")) {
            String key = part.trim();
            if (key.isEmpty()) {
                continue;
            }
            boolean descending = key.startsWith("-");
            if (descending || key.startsWith("+")) {
                key = key.substring(1);
            }
            RewardQuery.SortField field;
            try {
                field = RewardQuery.SortField.valueOf(key.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw invalid("sort fields are name, creationdate, redeemCount, featured and points; '" + key
                        + "' is not one.");
            }
            sorts.add(new RewardQuery.Sort(field, descending));
        }
        return sorts;
    }

    private static List<RewardQuery.Sort> deprecatedSorts(String... orders) {
        RewardQuery.SortField[] fields = {
            RewardQuery.SortField.NAME,
            RewardQuery.SortField.CREATIONDATE,
            RewardQuery.SortField.REDEEMCOUNT,
            RewardQuery.SortField.FEATURED,
            RewardQuery.SortField.POINTS
        };
        List<RewardQuery.Sort> sorts = new ArrayList<>();
        for (int i = 0; i < orders.length; i++) {
            if (orders[i] == null) {
                continue;
            }
            if (!orders[i].equalsIgnoreCase("asc") && !orders[i].equalsIgnoreCase("desc")) {
                throw invalid("sort[...] parameters are asc or desc.");
            }
            sorts.add(new RewardQuery.Sort(fields[i], orders[i].equalsIgnoreCase("desc")));
        }
        return sorts;
    }

    private static RewardQuery.Subset subset(String subset) {
        if (subset == null) {
            return RewardQuery.Subset.ENDUSERS;
        }
        return parse(RewardQuery.Subset.class, subset.replace('-', '_'), "subset");
    }

    private static RewardType type(String type) {
        if (type == null) {
            return RewardType.POINTS;
        }
        if (type.equalsIgnoreCase("ANY")) {
            return null;
        }
        return parse(RewardType.class, type, "type");
    }

    private static List<UUID> organizerIds(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        for (String value : values) {
            try {
                ids.add(UUID.fromString(value.trim()));
            } catch (IllegalArgumentException notAnId) {
                throw OrganizerNotFound.referenced(value).exception();
            }
        }
        return ids;
    }

    private static List<Integer> cardSystemIds(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<Integer> ids = new ArrayList<>();
        for (String value : values) {
            try {
                ids.add(Integer.valueOf(value.trim()));
            } catch (NumberFormatException notAnId) {
                throw new CardSystemNotFound(0, true).exception();
            }
        }
        return ids;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw invalid("Unknown " + name + " '" + value + "'.");
        }
    }

    private static ApiProblem invalid(String detail) {
        return new ApiProblem(ProblemType.URL_QUERY_PARAMETER_INVALID, detail);
    }
}

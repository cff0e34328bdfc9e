package be.openpas.reward;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test-data builders for rewards: stored rewards for the rules, definitions for the facade and the API. */
public final class TestRewards {

    private TestRewards() {}

    public static Builder aPointsReward() {
        return new Builder(RewardType.POINTS);
    }

    public static Builder aWelcomeReward() {
        return new Builder(RewardType.WELCOME).points(0).categories();
    }

    /** A reward under construction; defaults: published and redeemable from a year ago for two years, 5 points. */
    public static final class Builder {
        private final RewardType type;
        private String title = "Gratis koffie";
        private int points = 5;
        private List<String> categories = List.of("Eten en drinken");
        private RewardPeriod publication = new RewardPeriod(
                OffsetDateTime.now().minusYears(1), OffsetDateTime.now().plusYears(1));
        private RewardPeriod redeem;
        private RewardPeriod granting;
        private int owningCardSystemId = 1;
        private boolean allCardSystems = true;
        private List<Integer> applicable = List.of();
        private List<UUID> organizers = new ArrayList<>(List.of(UUID.randomUUID()));
        private Integer maxUnits;
        private int unitsTaken;
        private RedeemConstraint constraint;
        private RedeemCodes codes = RedeemCodes.NONE;
        private Integer codesLeft;
        private RewardStatus status = RewardStatus.ACTIVE;
        private boolean inUse;
        private boolean forKids;
        private boolean sport;
        private boolean featured;
        private boolean online;

        Builder(RewardType type) {
            this.type = type;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder points(int value) {
            points = value;
            return this;
        }

        public Builder categories(String... values) {
            categories = List.of(values);
            return this;
        }

        public Builder published(OffsetDateTime begin, OffsetDateTime end) {
            publication = new RewardPeriod(begin, end);
            return this;
        }

        public Builder redeemable(OffsetDateTime begin, OffsetDateTime end) {
            redeem = new RewardPeriod(begin, end);
            return this;
        }

        public Builder granted(OffsetDateTime begin, OffsetDateTime end) {
            granting = new RewardPeriod(begin, end);
            return this;
        }

        public Builder of(int cardSystemId) {
            owningCardSystemId = cardSystemId;
            return this;
        }

        public Builder onlyFor(Integer... cardSystemIds) {
            allCardSystems = false;
            applicable = List.of(cardSystemIds);
            return this;
        }

        public Builder at(UUID... organizerIds) {
            organizers = List.of(organizerIds);
            return this;
        }

        public Builder units(Integer max, int taken) {
            maxUnits = max;
            unitsTaken = taken;
            return this;
        }

        public Builder units(Integer max) {
            maxUnits = max;
            return this;
        }

        public Builder limit(RedeemConstraint value) {
            constraint = value;
            return this;
        }

        public Builder codes(RedeemCodes mode, Integer left) {
            codes = mode;
            codesLeft = left;
            return this;
        }

        public Builder codes(RedeemCodes mode) {
            codes = mode;
            return this;
        }

        public Builder status(RewardStatus value) {
            status = value;
            return this;
        }

        public Builder inUse() {
            inUse = true;
            return this;
        }

        public Builder forKids() {
            forKids = true;
            return this;
        }

        public Builder sport() {
            sport = true;
            return this;
        }

        public Builder featured() {
            featured = true;
            return this;
        }

        public Builder online() {
            online = true;
            return this;
        }

        /** A stored reward (for the pure rules). */
        public Reward build() {
            RewardPeriod grantingPeriod = granting != null ? granting : type == RewardType.WELCOME ? publication : null;
            return new Reward(
                    UUID.randomUUID(),
                    type,
                    title,
                    "Beschrijving",
                    null,
                    "https://example.org/voordeel",
                    points,
                    categories,
                    publication,
                    redeem != null ? redeem : publication,
                    grantingPeriod,
                    owningCardSystemId,
                    allCardSystems,
                    applicable,
                    organizers.stream()
                            .map(id -> new RewardOrganizer(id, "Balie", "9000", "Gent"))
                            .toList(),
                    maxUnits,
                    unitsTaken,
                    0,
                    constraint,
                    List.of(),
                    forKids,
                    sport,
                    featured,
                    online,
                    false,
                    null,
                    codes,
                    codesLeft,
                    status,
                    inUse,
                    OffsetDateTime.now());
        }

        /** A definition to create (for the facade). */
        public RewardDefinition definition() {
            return new RewardDefinition(
                    null,
                    type,
                    title,
                    "Beschrijving van " + title,
                    null,
                    type == RewardType.POINTS ? "https://example.org/voordeel" : null,
                    points,
                    categories,
                    publication,
                    redeem,
                    granting,
                    owningCardSystemId,
                    allCardSystems,
                    applicable,
                    organizers,
                    maxUnits,
                    constraint,
                    List.of(),
                    forKids,
                    sport,
                    featured,
                    online,
                    false,
                    status,
                    null,
                    codes);
        }
    }
}

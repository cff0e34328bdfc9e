package be.openpas.dataimport;

import java.util.Map;

/**
 * What an import loaded, per section, and the secrets generated for clients imported without one (shown once).
 */
public record ImportReport(
        int formatVersion,
        int municipalities,
        int cardSystems,
        int organizerGroups,
        int organizers,
        int staff,
        int events,
        int clients,
        int voucherTypes,
        int membershipPrices,
        int cards,
        int cardBatches,
        int passholders,
        int coupons,
        int groupPasses,
        int kiosks,
        int checkins,
        int rewards,
        Map<String, String> generatedSecrets) {}

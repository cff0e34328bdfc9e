package be.openpas.balie.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.event.EventView;
import be.openpas.event.PriceCategory;
import be.openpas.shared.refusal.Outcome;
import be.openpas.ticketing.Tariff;
import be.openpas.ticketing.TariffType;
import be.openpas.ticketing.Tariffs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The tariffs a card gets for each price category of the chosen activity, as the passholder and group-pass panels
 * list them: the kansentarief or a coupon with what the holder pays, or why there is none.
 */
@Component
class ActivityTariffs {

    /** A price category of the activity with a tariff the card gets for it, or (no tariff id) why there is none. */
    record TariffOption(
            String category,
            BigDecimal regularPrice,
            String tariffId,
            String tariffName,
            BigDecimal price,
            int remaining,
            boolean coupon,
            List<String> notices) {

        static TariffOption none(String category, BigDecimal regularPrice, List<String> notices) {
            return new TariffOption(category, regularPrice, null, null, null, 0, false, notices);
        }
    }

    private final Access access;
    private final Tariffs tariffs;
    private final BalieMessages messages;

    ActivityTariffs(Access access, Tariffs tariffs, BalieMessages messages) {
        this.access = access;
        this.tariffs = tariffs;
        this.messages = messages;
    }

    /** Per price category of the activity, the tariffs of the card with this number (as {@code GET /tariffs}). */
    List<TariffOption> of(EventView activity, String uitpasNumber, Locale locale) {
        access.require(Permission.TARIFFS_READ, activity.organizerId());
        List<TariffOption> options = new ArrayList<>();
        for (PriceCategory category : activity.priceInfo()) {
            String name = category.name()
                    .getOrDefault(locale.getLanguage(), category.name().getOrDefault("nl", ""));
            switch (tariffs.quote(activity, uitpasNumber, category.price(), Tariffs.Filter.ANY)) {
                case Outcome.Done<Tariffs.Quote> quote ->
                    options.addAll(offered(name, category, quote.value(), locale));
                case Outcome.Refused<Tariffs.Quote> refused ->
                    options.add(TariffOption.none(
                            name, category.price(), List.of(messages.refusal(refused.refusal(), locale))));
            }
        }
        return options;
    }

    private List<TariffOption> offered(String name, PriceCategory category, Tariffs.Quote quote, Locale locale) {
        List<String> notices = quote.notices().stream()
                .map(n -> messages.text(n.key(), locale, n.arguments().toArray()))
                .toList();
        if (quote.available().isEmpty()) {
            return List.of(TariffOption.none(name, category.price(), notices));
        }
        List<TariffOption> options = new ArrayList<>();
        for (Tariff tariff : quote.available()) {
            options.add(new TariffOption(
                    name,
                    category.price(),
                    tariff.id(),
                    tariff.name(),
                    tariff.price(),
                    tariff.remaining(),
                    tariff.type() == TariffType.COUPON,
                    notices));
        }
        return options;
    }
}

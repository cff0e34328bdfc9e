package be.openpas.report.internal.export;

import be.openpas.ticketing.SettledSale;
import be.openpas.ticketing.TariffType;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * One sale as its row in the files: the stored shares of the sale, summed per payer.
 *
 * @param municipality the municipality's name; {@code null} when not known at the time of the sale
 * @param municipalityAmount the municipality's share; {@code null} when no municipality pays part of the sale
 * @param funders the share of every funder that pays part of the sale, by name
 */
record SaleRow(
        SettledSale sale,
        BigDecimal passholder,
        BigDecimal organizer,
        String municipality,
        BigDecimal municipalityAmount,
        Map<String, BigDecimal> funders) {

    LocalDateTime localTime() {
        return ReportFormats.brussels(sale.createdAt());
    }

    String tariffKind() {
        return sale.tariffType() == TariffType.SOCIALTARIFF ? "Kansentarief" : "Bon";
    }
}

package be.openpas.distribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How a regular price is split over its payers (domain.md 3.1). The rounding rule (the sources are silent; see
 * docs/distribution-keys.md):
 *
 * <ol>
 *   <li>FIXED and PERCENT_OF_TOTAL shares are taken in the order of the key. A percentage is rounded to the cent,
 *       half up. Each share is capped at what is left of the price, so no share is below 0 or above the price.
 *   <li>What is left is the remainder. The PERCENT_OF_REMAINDER shares (their percentages add up to 100) are taken in
 *       order, rounded half up and capped the same way; the last one takes exactly what is left, so the shares
 *       always add up to the regular price to the cent.
 * </ol>
 *
 * @param regularPrice the price that was split
 * @param amounts one amount per share of the key, in the key's order
 */
public record PriceSplit(BigDecimal regularPrice, List<PayerAmount> amounts) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PriceSplit {
        amounts = List.copyOf(amounts);
    }

    /**
     * Splits a price. The shares must be valid for a key (see {@link DistributionKeyRules#check}): one passholder
     * share and PERCENT_OF_REMAINDER shares that add up to 100%.
     *
     * @param municipality the name of the passholder's municipality, kept with the MUNICIPALITY share
     */
    public static PriceSplit of(BigDecimal regularPrice, List<Share> shares, String municipality) {
        BigDecimal price = regularPrice.setScale(2, RoundingMode.UNNECESSARY);
        if (price.signum() < 0) {
            throw new IllegalArgumentException("A regular price is never negative");
        }
        BigDecimal[] amounts = new BigDecimal[shares.size()];
        BigDecimal left = price;
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            if (share.kind() == ShareKind.PERCENT_OF_REMAINDER) {
                continue;
            }
            BigDecimal amount = share.kind() == ShareKind.FIXED
                    ? share.value().setScale(2, RoundingMode.HALF_UP)
                    : percent(price, share.value());
            amounts[i] = amount.min(left);
            left = left.subtract(amounts[i]);
        }
        BigDecimal remainder = left;
        int last = -1;
        for (int i = 0; i < shares.size(); i++) {
            if (shares.get(i).kind() == ShareKind.PERCENT_OF_REMAINDER) {
                last = i;
            }
        }
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            if (share.kind() != ShareKind.PERCENT_OF_REMAINDER) {
                continue;
            }
            amounts[i] = i == last ? left : percent(remainder, share.value()).min(left);
            left = left.subtract(amounts[i]);
        }
        if (last < 0 && left.signum() != 0) {
            throw new IllegalArgumentException("A key needs a PERCENT_OF_REMAINDER share to take what is left");
        }
        List<PayerAmount> result = new ArrayList<>(shares.size());
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            String name = switch (share.payer()) {
                case FUNDER -> share.funder();
                case MUNICIPALITY -> municipality;
                default -> null;
            };
            result.add(new PayerAmount(share.payer(), name, amounts[i]));
        }
        return new PriceSplit(price, result);
    }

    /** What the passholder pays: the kansentarief. */
    public BigDecimal passholderPrice() {
        return amounts.stream()
                .filter(a -> a.payer() == Payer.PASSHOLDER)
                .map(PayerAmount::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** What the payers other than the passholder pay: the discount. */
    public BigDecimal discount() {
        return regularPrice.subtract(passholderPrice());
    }

    private static BigDecimal percent(BigDecimal amount, BigDecimal percentage) {
        return amount.multiply(percentage).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}

package be.openpas.reward.internal.domain;

import java.util.random.RandomGenerator;

/**
 * Generated redeem codes ({@code RedeemCodes.GENERATED}): 12 characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L), in groups of four ("K7QX-M2PA-9RTF"): easy to read out at a counter, 31^12 possibilities, so guessing one is
 * hopeless; uniqueness per reward is also guaranteed by the database.
 */
public final class RedeemCodeGenerator {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private RedeemCodeGenerator() {}

    public static String next(RandomGenerator random) {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}

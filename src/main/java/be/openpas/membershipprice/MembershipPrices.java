package be.openpas.membershipprice;

import be.openpas.card.CardType;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemNotFound;
import be.openpas.cardsystem.CardSystems;
import be.openpas.membershipprice.internal.domain.PriceTable;
import be.openpas.membershipprice.internal.persistence.MembershipPriceRepository;
import be.openpas.membershipprice.internal.persistence.MembershipPriceRepository.StoredVoucher;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.Violations;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Membership prices and vouchers. */
@Service
@Transactional(readOnly = true)
public class MembershipPrices {

    /** What applies where the price table has no row for a situation: nothing to pay. */
    public static final MembershipPrice FREE =
            new MembershipPrice(BigDecimal.ZERO.setScale(2), "Gratis", "Voor deze situatie is geen prijs ingesteld.");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final MembershipPriceRepository repository;
    private final CardSystems cardSystems;

    MembershipPrices(MembershipPriceRepository repository, CardSystems cardSystems) {
        this.repository = repository;
        this.cardSystems = cardSystems;
    }

    /** The first-card prices of a card system for a card type, for people whose details are not known yet. */
    public List<MembershipPrice> firstCardPrices(int cardSystemId, CardType cardType) {
        requireCardSystem(cardSystemId);
        return repository.rules(cardSystemId).stream()
                .filter(rule -> rule.reason() == PurchaseReason.FIRST_CARD)
                .filter(rule -> rule.voucherTypeId() == null)
                .filter(rule -> rule.cardType() == null || rule.cardType() == cardType)
                .map(rule -> new MembershipPrice(rule.price(), rule.label(), rule.description()))
                .toList();
    }

    /** The price for one situation; a voucher must be valid (unknown, used or foreign vouchers are refused). */
    public MembershipPrice quote(PriceQuestion question) {
        requireCardSystem(question.cardSystemId());
        Integer voucherTypeId =
                question.voucher() == null ? null : validVoucher(question.cardSystemId(), question.voucher());
        return PriceTable.resolve(repository.rules(question.cardSystemId()), question, voucherTypeId)
                .map(rule -> new MembershipPrice(rule.price(), rule.label(), rule.description()))
                .orElse(FREE);
    }

    /** Marks a voucher used by a passholder; fails when it was used meanwhile. */
    @Transactional
    public void useVoucher(int cardSystemId, String code, UUID passholderId) {
        validVoucher(cardSystemId, code);
        if (!repository.use(normalise(code), passholderId)) {
            throw new InvalidVoucherCode(code, InvalidVoucherCode.Why.USED).exception();
        }
    }

    public List<PriceRule> rules(int cardSystemId) {
        requireCardSystem(cardSystemId);
        return repository.rules(cardSystemId);
    }

    /** Replaces the whole price table of a card system. */
    @Transactional
    public List<PriceRule> replaceRules(int cardSystemId, List<PriceRule> rules) {
        requireCardSystem(cardSystemId);
        Violations violations = new Violations();
        for (int i = 0; i < rules.size(); i++) {
            PriceRule rule = rules.get(i);
            violations
                    .when(
                            rule.ageFrom() != null && rule.ageTo() != null && rule.ageFrom() > rule.ageTo(),
                            "[" + i + "].ageTo",
                            "must not be below ageFrom")
                    .when(
                            rule.voucherTypeId() != null
                                    && repository
                                            .voucherType(rule.voucherTypeId())
                                            .filter(t -> t.cardSystemId() == cardSystemId)
                                            .isEmpty(),
                            "[" + i + "].voucherTypeId",
                            "not a voucher type of card system " + cardSystemId);
        }
        violations.throwIfAny();
        repository.replaceRules(cardSystemId, rules);
        return repository.rules(cardSystemId);
    }

    public List<VoucherType> voucherTypes(int cardSystemId) {
        requireCardSystem(cardSystemId);
        return repository.voucherTypes(cardSystemId);
    }

    @Transactional
    public VoucherType saveVoucherType(VoucherType type) {
        requireCardSystem(type.cardSystemId());
        repository
                .voucherTypeWithPrefix(type.prefix())
                .filter(other -> !other.equals(type.id()))
                .ifPresent(other -> {
                    throw InvalidInput.of("prefix", "is already the prefix of voucher type " + other)
                            .exception();
                });
        repository
                .voucherType(type.id())
                .filter(existing -> existing.cardSystemId() != type.cardSystemId())
                .ifPresent(existing -> {
                    throw InvalidInput.of(
                                    "cardSystemId", "voucher type " + type.id() + " belongs to another card system")
                            .exception();
                });
        repository.upsertVoucherType(type);
        return type;
    }

    /** Generates single-use voucher codes: the type's prefix and ten random characters. */
    @Transactional
    public List<String> generateVouchers(int voucherTypeId, int count) {
        VoucherType type = repository
                .voucherType(voucherTypeId)
                .orElseThrow(() -> InvalidInput.of("voucherTypeId", "unknown voucher type " + voucherTypeId)
                        .exception());
        if (count < 1 || count > 10_000) {
            throw InvalidInput.of("count", "must be between 1 and 10000").exception();
        }
        List<String> codes = new ArrayList<>();
        while (codes.size() < count) {
            StringBuilder code = new StringBuilder(type.prefix()).append('-');
            for (int i = 0; i < 10; i++) {
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            if (!repository.voucherExists(code.toString())) {
                repository.insertVoucher(code.toString(), voucherTypeId);
                codes.add(code.toString());
            }
        }
        return codes;
    }

    /** Adds given voucher codes of a type (the import format); codes that exist already are left as they are. */
    @Transactional
    public void addVouchers(int voucherTypeId, List<String> codes) {
        VoucherType type = repository
                .voucherType(voucherTypeId)
                .orElseThrow(() -> InvalidInput.of("voucherTypeId", "unknown voucher type " + voucherTypeId)
                        .exception());
        for (int i = 0; i < codes.size(); i++) {
            String code = normalise(codes.get(i));
            if (!code.startsWith(type.prefix())) {
                throw InvalidInput.of("codes[" + i + "]", "must start with the prefix " + type.prefix())
                        .exception();
            }
            if (!repository.voucherExists(code)) {
                repository.insertVoucher(code, voucherTypeId);
            }
        }
    }

    public VoucherCounts voucherCounts(int voucherTypeId) {
        return new VoucherCounts(
                repository.countVouchers(voucherTypeId, false), repository.countVouchers(voucherTypeId, true));
    }

    public record VoucherCounts(int unused, int used) {}

    private Integer validVoucher(int cardSystemId, String code) {
        StoredVoucher voucher = repository
                .voucher(normalise(code))
                .orElseThrow(() -> new InvalidVoucherCode(code, InvalidVoucherCode.Why.UNKNOWN).exception());
        if (voucher.type().cardSystemId() != cardSystemId) {
            throw new InvalidVoucherCode(code, InvalidVoucherCode.Why.OTHER_CARD_SYSTEM).exception();
        }
        if (voucher.used()) {
            throw new InvalidVoucherCode(code, InvalidVoucherCode.Why.USED).exception();
        }
        return voucher.type().id();
    }

    private static String normalise(String code) {
        return Objects.requireNonNull(code).trim().toUpperCase(Locale.ROOT);
    }

    private void requireCardSystem(int cardSystemId) {
        if (!cardSystems.exists(CardSystemId.of(cardSystemId))) {
            throw new CardSystemNotFound(cardSystemId).exception();
        }
    }
}

package be.openpas.support;

import be.openpas.shared.time.ClockConfiguration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid, fresh INSZ numbers with matching dates of birth for test passholders. */
public final class InszNumbers {

    private static final AtomicInteger NEXT = new AtomicInteger(0);

    private InszNumbers() {}

    /** The valid INSZ number for a date of birth and sequence number (odd for men, even for women). */
    public static String of(LocalDate birth, int sequence) {
        String body = "%02d%02d%02d%03d"
                .formatted(birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), sequence);
        long base = Long.parseLong(body) + (birth.getYear() >= 2000 ? 2_000_000_000L : 0);
        return body + "%02d".formatted(97 - (base % 97));
    }

    /**
     * A fresh person of about the given age: every call gives another (date of birth, sequence) pair, so the INSZ
     * numbers never collide with each other or with the demo data (sequences 700-997 are only used here).
     */
    public static Person aged(int age) {
        int n = NEXT.getAndIncrement();
        LocalDate birth =
                LocalDate.now(ClockConfiguration.BRUSSELS).minusYears(age).minusDays(30 + (n / 149) % 300);
        return new Person(birth, of(birth, 700 + (n % 149) * 2));
    }

    public record Person(LocalDate dateOfBirth, String inszNumber) {}
}

package be.openpas.shared.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application; calendar rules use {@link #BRUSSELS}. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** Calendar rules (days, weeks, end dates) follow Belgian local time. */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Bean
    Clock clock() {
        return Clock.system(BRUSSELS);
    }
}

package be.openpas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser test of the counter app: the whole application with the demo data set on a random port, driven by
 * headless Chromium through Playwright ({@link Browsers}). Tests create their own counters, staff and passholders
 * with fresh ids, as API tests do.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(ApiTestConfiguration.class)
public @interface BrowserTest {}

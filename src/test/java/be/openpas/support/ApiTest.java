package be.openpas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An API test: the whole application with the demo data set, driven through MockMvc. Every request and response
 * that belongs to a contract operation is validated against the UiTPAS API 4.0 contract ({@link ContractValidator}).
 * All API tests share one Spring context (and one database), so tests create their own data with fresh ids.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import(ApiTestConfiguration.class)
public @interface ApiTest {}

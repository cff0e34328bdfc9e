package be.openpas.ticketing.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the periodic clean-up of idempotency keys. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TicketingConfiguration {}

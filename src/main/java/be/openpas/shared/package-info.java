/**
 * Shared infrastructure every module may use: RFC 7807 problems with UiTPAS type URIs and end-user messages,
 * paging with the contract's {@code start}/{@code limit}, correlation ids, request logging and the clock.
 *
 * <p>Owns no data.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package be.openpas.shared;

import org.springframework.modulith.ApplicationModule;

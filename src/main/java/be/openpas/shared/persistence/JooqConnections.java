package be.openpas.shared.persistence;

import java.sql.Connection;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * jOOQ's connections: the connection of the current Spring transaction, or one from the pool outside a transaction.
 *
 * <p>Spring Boot's default wraps the data source in a {@code TransactionAwareDataSourceProxy}, which makes a JDK
 * proxy for every statement and calls every JDBC method through reflection (about 2% of the CPU of a check-in in
 * {@code bench/ticketing.sh}). {@link DataSourceUtils} is what that proxy calls; here jOOQ calls it directly.
 */
@Configuration(proxyBeanMethods = false)
class JooqConnections {

    @Bean
    ConnectionProvider transactionalConnectionProvider(DataSource dataSource) {
        return new ConnectionProvider() {
            @Override
            public Connection acquire() {
                return DataSourceUtils.getConnection(dataSource);
            }

            @Override
            public void release(Connection connection) {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        };
    }
}

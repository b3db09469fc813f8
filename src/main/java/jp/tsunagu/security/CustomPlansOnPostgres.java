package jp.tsunagu.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * On PostgreSQL, every query is planned with its actual values. Camunda's task queries join the
 * grants with an OR that only a plan for the actual user and group keeps fast; the JDBC driver
 * prepares a statement after five uses, and PostgreSQL's cached generic plan for it joins every
 * task to every grant (1.5 s instead of 0.1 s per count at 100,000 open tasks, docs/benchmarks.md).
 * Set per connection, and only when the pool's URL is PostgreSQL's (H2 knows no such setting).
 */
@Configuration(proxyBeanMethods = false)
public class CustomPlansOnPostgres {

    static final String CUSTOM_PLANS = "set plan_cache_mode = force_custom_plan";

    @Bean
    static BeanPostProcessor customPlansForPostgresPools() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
                    pool.setConnectionInitSql(CUSTOM_PLANS);
                }
                return bean;
            }
        };
    }
}

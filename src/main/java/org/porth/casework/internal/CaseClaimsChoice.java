package org.porth.casework.internal;

import java.sql.DatabaseMetaData;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Take next claims in one statement where the database can (PostgreSQL), in three elsewhere (H2). */
@Configuration(proxyBeanMethods = false)
class CaseClaimsChoice {

    @Bean
    CaseClaims caseClaims(DataSource dataSource, JdbcClient jdbc, Timeline timeline, AuditLog audit, Clock clock)
            throws MetaDataAccessException {
        String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        return "PostgreSQL".equals(database) ? new PostgresCaseClaims(jdbc, clock)
                : new LockingCaseClaims(jdbc, timeline, audit, clock);
    }
}

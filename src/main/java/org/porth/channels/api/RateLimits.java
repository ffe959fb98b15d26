package org.porth.channels.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.porth.channels.ApiRateLimitSource;
import org.porth.channels.ApiRateLimitSource.RateLimit;
import org.springframework.stereotype.Component;

/**
 * Each client's calls against its limit, in a Bucket4j bucket kept in the database
 * ({@code api_rate_bucket}) so that every node counts the same calls: a row per client, locked
 * ({@code select ... for update}) while a call takes its token. The bucket's key carries the limit,
 * so a changed limit starts a fresh bucket at once. On H2 the same, by {@link H2RateBuckets}. Decision 0034.
 */
@Component
class RateLimits {

    private final ProxyManager<String> buckets;
    private final List<ApiRateLimitSource> sources;
    private final RateLimit configured;

    RateLimits(DataSource dataSource, List<ApiRateLimitSource> sources, ApiProperties properties) {
        this.buckets = isH2(dataSource) ? new H2RateBuckets(dataSource)
                : Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                        .primaryKeyMapper(PrimaryKeyMapper.STRING)
                        .table("api_rate_bucket").idColumn("id").stateColumn("state")
                        .build();
        this.sources = sources;
        this.configured = new RateLimit(properties.rateLimitRequests(), properties.rateLimitPeriod());
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the rate limits are kept in", e);
        }
    }

    /** Takes one call from the client's bucket; the probe says whether there was one and when the next comes. */
    ConsumptionProbe take(String clientId) {
        RateLimit limit = limitFor(clientId);
        String key = clientId + "|" + limit.requests() + "/" + limit.period().toMillis();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.period())
                        .build())
                .build();
        return buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
    }

    private RateLimit limitFor(String clientId) {
        return sources.stream().flatMap(source -> source.limitFor(clientId).stream()).findFirst().orElse(configured);
    }
}

package org.porth.attachments.internal;

import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 client for the configured store: the JDK's HTTP connection, path-style when asked. */
final class ObjectStoreClients {

    private ObjectStoreClients() {
    }

    static S3Client client(ObjectStoreProperties properties) {
        if (properties.endpoint() == null || properties.bucket() == null || properties.bucket().isBlank()) {
            throw new IllegalStateException(
                    "porth.files.store=s3 needs porth.files.s3.endpoint and porth.files.s3.bucket");
        }
        return S3Client.builder()
                .endpointOverride(properties.endpoint())
                .region(Region.of(properties.region()))
                .forcePathStyle(properties.pathStyle())
                .credentialsProvider(credentials(properties))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30)))
                .build();
    }

    private static AwsCredentialsProvider credentials(ObjectStoreProperties properties) {
        if (properties.accessKey() == null || properties.accessKey().isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(
                AwsBasicCredentials.create(properties.accessKey(), properties.secretKey()));
    }
}

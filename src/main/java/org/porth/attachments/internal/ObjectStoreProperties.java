package org.porth.attachments.internal;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An S3-compatible object store for uploaded files' content, used when {@code porth.files.store=s3}
 * (decision 0044). Any S3 endpoint: AWS, MinIO, Ceph, Azure through a gateway.
 *
 * @param endpoint  the store's address, e.g. {@code https://s3.eu-west-2.amazonaws.com}
 * @param bucket    the bucket, made by the council beforehand (Porth never makes or deletes buckets)
 * @param region    the region to sign for (stores other than AWS accept any)
 * @param accessKey the access key id; empty to take credentials from the environment as the AWS SDK does
 * @param secretKey the secret access key
 * @param pathStyle {@code https://host/bucket/key} rather than {@code https://bucket.host/key}: what
 *                  most stores other than AWS need
 * @param prefix    put before every object's key, so one bucket can hold several councils' or environments' files
 */
@ConfigurationProperties("porth.files.s3")
record ObjectStoreProperties(
        URI endpoint,
        String bucket,
        @DefaultValue("eu-west-2") String region,
        String accessKey,
        String secretKey,
        @DefaultValue("true") boolean pathStyle,
        @DefaultValue("") String prefix) {
}

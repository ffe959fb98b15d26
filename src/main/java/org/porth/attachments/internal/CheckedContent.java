package org.porth.attachments.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload as it streams into the file store: counted, checksummed (SHA-256), and stopped as soon
 * as it grows past the limit, so an oversized file is never read to its end nor kept.
 */
public final class CheckedContent extends FilterInputStream {

    /** Thrown when the content grows past the limit; the store then keeps nothing. */
    public static final class TooBig extends IOException {
        TooBig(long limit) {
            super("The content is bigger than " + limit + " bytes");
        }
    }

    private final long limit;
    private final MessageDigest sha256;
    private long size;
    private boolean tooBig;

    public CheckedContent(InputStream content, long limit) {
        super(content);
        this.limit = limit;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            counted(buffer, offset, read);
        }
        return read;
    }

    /** Skipping would leave bytes out of the checksum: they are read instead. */
    @Override
    public long skip(long n) throws IOException {
        return n <= 0 ? 0 : Math.max(0, read(new byte[(int) Math.min(n, 8192)]));
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    public long size() {
        return size;
    }

    public boolean isTooBig() {
        return tooBig;
    }

    /** The checksum of everything read, in lower-case hex. Call once, after the whole content. */
    public String sha256() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    private void counted(byte[] buffer, int offset, int length) throws TooBig {
        size += length;
        if (size > limit) {
            tooBig = true;
            throw new TooBig(limit);
        }
        sha256.update(buffer, offset, length);
    }
}

package org.porth.attachments;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.porth.PortalApplication;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.UploadResult.Reason;
import org.porth.attachments.UploadResult.Rejected;
import org.porth.attachments.UploadResult.Stored;
import org.porth.browserless.People;
import org.porth.catalogue.UploadLimits;
import org.porth.identity.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The portal in a JVM of its own with a small heap ({@link HostileFilesUnderASmallHeapTest} starts
 * it), attacked with hostile files while other residents use it: a resident uploads PDFs whose page 1
 * draws a picture of 40,000 by 40,000 pixels (in the page, in a form, inline, in an annotation) and
 * asks for their previews three at a time; another uploads photos that declare 50,000 by 50,000
 * pixels. Meanwhile other residents open the start page over HTTP, upload and download photos and
 * preview an ordinary letter. Prints what happened, the heap's peak, and exits 0 only when every
 * hostile file was refused or not drawn and every other request was served.
 */
final class HostileFilesScenario {

    private static final int ROUNDS = 3;
    private static final int AT_ONCE = 3;
    private static final int HUGE = 40_000;
    private static final int EACH_AT_LEAST = 5;
    private static final long SAMPLE_EVERY_MS = 20;
    private static final Authentication SAM = People.signedIn("Sam Small-Heap", "sam.small-heap@example.com", Role.RESIDENT);
    private static final Authentication RHIAN = People.signedIn("Rhian Small-Heap", "rhian.small-heap@example.com", Role.RESIDENT);
    private static final Authentication DAFYDD = People.signedIn("Dafydd Small-Heap", "dafydd.small-heap@example.com", Role.RESIDENT);

    private final List<String> failures = new ArrayList<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicLong mostUsed = new AtomicLong();
    private final MockMvc mvc;
    private final Attachments attachments;
    private final int port;

    private HostileFilesScenario(ConfigurableApplicationContext portal) {
        this.mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) portal)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        this.attachments = portal.getBean(Attachments.class);
        this.port = ((WebServerApplicationContext) portal).getWebServer().getPort();
    }

    /** @param args the folder for the uploaded files */
    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext portal = new SpringApplicationBuilder(PortalApplication.class)
                .properties("server.port=0", "porth.files.location=" + args[0],
                        "spring.datasource.url=jdbc:h2:mem:small-heap;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
                .run();
        int exit;
        try {
            exit = new HostileFilesScenario(portal).run();
        } finally {
            portal.close();
        }
        System.exit(exit);
    }

    private int run() throws Exception {
        List<String> hostile = List.of(
                uploaded(SAM, "page.pdf", TestPdfs.drawingAPictureOf(HUGE, HUGE)),
                uploaded(SAM, "form.pdf", TestPdfs.withAPictureInAForm(HUGE, HUGE)),
                uploaded(SAM, "inline.pdf", TestPdfs.withAnInlinePicture(HUGE, HUGE)),
                uploaded(SAM, "annotation.pdf", TestPdfs.withAPictureInAnAnnotation(HUGE, HUGE)));
        String letter = uploaded(DAFYDD, "letter.pdf", TestPdfs.pages(2));
        AtomicBoolean attacking = new AtomicBoolean(true);
        ExecutorService everyone = Executors.newFixedThreadPool(AT_ONCE + 4);
        everyone.submit(this::sampleTheHeap);
        List<Future<?>> others = List.of(
                everyone.submit(() -> whileAttacked(attacking, this::startPage)),
                everyone.submit(() -> whileAttacked(attacking, this::photoUpAndDown)),
                everyone.submit(() -> whileAttacked(attacking, () -> previewOfTheLetter(letter))));
        List<Future<?>> attack = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            attack.add(everyone.submit(() -> previewsOf(hostile)));
        }
        attack.add(everyone.submit(this::hugePhotos));
        for (Future<?> done : attack) {
            done.get();
        }
        attacking.set(false);
        for (Future<?> done : others) {
            done.get();
        }
        everyone.shutdownNow();
        report();
        return failures.isEmpty() ? 0 : 1;
    }

    private Void previewsOf(List<String> hostile) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            for (String id : hostile) {
                int status = mvc.perform(get("/files/{id}/preview", id).with(authentication(SAM))).andReturn().getResponse().getStatus();
                check(status == 422 || status == 503, "a hostile PDF's preview answered " + status);
                count("hostile preview " + status);
            }
        }
        return null;
    }

    /** The most heap still in use after a garbage collection (what is alive), sampled until the scenario ends. */
    private Void sampleTheHeap() throws InterruptedException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null).toList();
        while (!Thread.currentThread().isInterrupted()) {
            mostUsed.accumulateAndGet(heap.stream().mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum(), Math::max);
            Thread.sleep(SAMPLE_EVERY_MS);
        }
        return null;
    }

    private Void hugePhotos() {
        signIn(RHIAN);
        for (byte[] photo : List.of(TestPictures.pngDeclaring(50_000, 50_000), TestPictures.jpegDeclaring(50_000, 50_000))) {
            UploadResult result = attachments.upload(newSlot(), "huge", photo, UploadLimits.DEFAULT);
            check(result instanceof Rejected rejected && rejected.reason() == Reason.TOO_MANY_PIXELS,
                    "a photo of 50,000 by 50,000 pixels was " + result);
            count("huge photo refused");
        }
        return null;
    }

    private void startPage() throws Exception {
        HttpResponse<String> page;
        try (HttpClient http = HttpClient.newHttpClient()) {
            page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        check(page.statusCode() == 200, "the start page answered " + page.statusCode());
        count("start page 200");
    }

    private void photoUpAndDown() throws Exception {
        String id = uploaded(DAFYDD, "photo.jpg", TestFiles.bytes("photo.jpg"));
        int status = mvc.perform(get("/files/{id}", id).with(authentication(DAFYDD))).andReturn().getResponse().getStatus();
        check(status == 200, "a photo's download answered " + status);
        count("photo uploaded and downloaded");
        signIn(DAFYDD);
        attachments.remove(id);
    }

    private void previewOfTheLetter(String letter) throws Exception {
        int status = mvc.perform(get("/files/{id}/preview", letter).with(authentication(DAFYDD))).andReturn().getResponse().getStatus();
        check(status == 200 || status == 503, "an ordinary letter's preview answered " + status);
        count("letter preview " + status);
    }

    /** The action again and again while the attack lasts, and {@link #EACH_AT_LEAST} times anyway. */
    private Void whileAttacked(AtomicBoolean attacking, Action action) throws Exception {
        for (int done = 0; done < EACH_AT_LEAST || attacking.get(); done++) {
            action.run();
        }
        return null;
    }

    private String uploaded(Authentication person, String name, byte[] content) {
        signIn(person);
        UploadResult result = attachments.upload(newSlot(), name, content, UploadLimits.DEFAULT);
        if (!(result instanceof Stored stored)) {
            throw new IllegalStateException(name + " was not kept: " + result);
        }
        StoredFile file = stored.file();
        return file.id();
    }

    private static UploadSlot newSlot() {
        return new UploadSlot.Question(UUID.randomUUID().toString(), "photos");
    }

    private static void signIn(Authentication person) {
        SecurityContextHolder.getContext().setAuthentication(person);
    }

    private synchronized void check(boolean held, String failure) {
        if (!held) {
            failures.add(failure);
        }
    }

    private void count(String what) {
        counts.computeIfAbsent(what, key -> new AtomicInteger()).incrementAndGet();
    }

    private void report() {
        counts.forEach((what, count) -> System.out.println("SCENARIO " + what + ": " + count));
        System.out.println("SCENARIO heap in use after a garbage collection, at most, MB: "
                + mostUsed.get() / (1024 * 1024) + " of " + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        failures.forEach(failure -> System.out.println("SCENARIO FAILED " + failure));
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }
}

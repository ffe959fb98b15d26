package org.porth.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The complete example in docs/service-definitions.md is a definition Porth accepts. */
class DocumentedExampleTest {

    private static final Path GUIDE = Path.of("docs/service-definitions.md");
    private static final String EXAMPLE = "## A small complete example";

    @Test
    void theGuidesCompleteExampleReadsWithoutProblems() throws IOException {
        String guide = Files.readString(GUIDE);
        int from = guide.indexOf("```yaml\n", guide.indexOf(EXAMPLE)) + "```yaml\n".length();
        String example = guide.substring(from, guide.indexOf("```", from));
        Problems problems = new Problems();

        assertThat(DefinitionReader.read(new YamlFile(GUIDE.toString(), example, problems), "missed-bin", Set.of("waste")))
                .get().satisfies(service -> assertThat(service.pages()).hasSize(3));
        assertThat(problems.all()).isEmpty();
    }
}

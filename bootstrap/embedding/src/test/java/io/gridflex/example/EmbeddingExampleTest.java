package io.gridflex.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The program of docs/embedding.md runs as written, on the embedder's jars alone. */
class EmbeddingExampleTest {

    private static final Path SOURCE = Path.of("src/main/java/io/gridflex/example/EmbeddingExample.java");
    private static final Path DOC = Path.of("../../docs/embedding.md");

    @Test
    void the_program_records_reads_imports_and_schedules() {
        EmbeddingExample.Outcome outcome = EmbeddingExample.run();

        // eight 15-minute readings 1 … 8 kW, read hourly: the mean of each hour
        assertThat(outcome.hourlyMeans()).containsExactly(2.5, 6.5);
        assertThat(outcome.community()).isEqualTo("Example energy community");
        assertThat(outcome.pathToSubstation()).containsExactlyInAnyOrder("F1", "SS1", "AC001");
        // prices cheap, dear, cheap, dear: the battery charges and discharges in turn at its full 1 MW
        assertThat(outcome.scheduler()).isEqualTo("StorageScheduler");
        assertThat(outcome.schedule()).hasSize(4);
        assertThat(outcome.schedule().get(0)).isCloseTo(1000, within(1e-3));
        assertThat(outcome.schedule().get(1)).isCloseTo(-1000, within(1e-3));
        assertThat(outcome.schedule().get(2)).isCloseTo(1000, within(1e-3));
        assertThat(outcome.schedule().get(3)).isCloseTo(-1000, within(1e-3));
    }

    @Test
    void the_documentation_shows_the_program_exactly() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher program = Pattern.compile("```java\n(package io\\.gridflex\\.example;.*?)```", Pattern.DOTALL).matcher(doc);

        assertThat(program.find()).as("docs/embedding.md has the program in a ```java block").isTrue();
        assertThat(program.group(1)).isEqualTo(Files.readString(SOURCE, StandardCharsets.UTF_8));
    }

    @Test
    void runs_without_micronaut() {
        assertThatThrownBy(() -> Class.forName("io.micronaut.context.ApplicationContext"))
                .isInstanceOf(ClassNotFoundException.class);
        // the test class path as surefire gives it (it names the planner adapter, so the checks below see the real thing)
        assertThat(System.getProperty("java.class.path")).contains("planner").doesNotContainIgnoringCase("micronaut")
                .doesNotContain("gridflex-bootstrap").doesNotContain("gridflex-adapter-rest").doesNotContain("gridflex-adapter-jdbc")
                .doesNotContain("/bootstrap/target/").doesNotContain("/adapters/rest/target/").doesNotContain("/adapters/jdbc/target/");
    }
}

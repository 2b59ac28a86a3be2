package org.rt2kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The packages form a stack: each top-level package is a module that uses only modules below it, through their
 * public types and the named interfaces of their sub-packages. The diagram in docs/architecture.md is drawn from the
 * same model, so it cannot drift from the code: after a change of structure, run this test with
 * {@code -Dkb.docs.write=true} to redraw it.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Rt2KnowledgeBaseApplication.class);
    private static final Path ARCHITECTURE = Path.of("docs/architecture.md");
    private static final String START = "<!-- modules: drawn by ModulesTest -->";
    private static final String END = "<!-- end of modules -->";

    @Test
    void shouldFormAStackWithoutCyclesOrReachingIntoAnotherModule() {
        MODULES.verify();
    }

    @Test
    void shouldShowTheStackAsItIsInTheArchitecturePage() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
        String page = Files.readString(ARCHITECTURE);
        String drawn = START + "\n" + diagram() + END;
        String current = page.substring(page.indexOf(START), page.indexOf(END) + END.length());
        if (Boolean.getBoolean("kb.docs.write")) {
            Files.writeString(ARCHITECTURE, page.replace(current, drawn));
            current = drawn;
        }
        assertThat(current)
                .as("the diagram in %s (redraw it with -Dkb.docs.write=true)", ARCHITECTURE)
                .isEqualTo(drawn);
    }

    /** A Mermaid flowchart of the modules, each arrow a dependency no longer path already implies. */
    private static String diagram() {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (ApplicationModule module : MODULES) {
            uses.put(
                    module.getName(),
                    module.getDirectDependencies(MODULES)
                            .uniqueModules()
                            .map(ApplicationModule::getName)
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
        StringBuilder chart = new StringBuilder("```mermaid\nflowchart BT\n");
        uses.forEach((module, targets) -> targets.stream()
                .filter(target -> targets.stream()
                        .noneMatch(other ->
                                !other.equals(target) && reachable(uses, other).contains(target)))
                .forEach(target -> chart.append("    ")
                        .append(module)
                        .append(" --> ")
                        .append(target)
                        .append('\n')));
        return chart.append("```\n").toString();
    }

    private static Set<String> reachable(Map<String, Set<String>> uses, String from) {
        Set<String> seen = new HashSet<>();
        Set<String> next = new HashSet<>(uses.getOrDefault(from, Set.of()));
        while (!next.isEmpty()) {
            String module = next.iterator().next();
            next.remove(module);
            if (seen.add(module)) {
                next.addAll(uses.getOrDefault(module, Set.of()));
            }
        }
        return seen;
    }
}

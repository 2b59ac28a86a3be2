package org.rt2kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The start-up breakdown that {@code -Dkb.startup.steps=true} logs, on a small application of its own. */
@ExtendWith(OutputCaptureExtension.class)
class StartupStepsTest {

    @Test
    void logsTheSlowestStepsWithTheBeanTheyMake(CapturedOutput output) {
        try (ConfigurableApplicationContext context = start(true)) {
            assertThat(output).contains("Start-up steps: ready ");
            // The slow bean's own 300 ms, not its dependency's 200 ms as well.
            Matcher slow = Pattern.compile("(\\d+) ms  spring.beans.instantiate slowBean")
                    .matcher(output.getOut());
            assertThat(slow.find()).isTrue();
            assertThat(Long.parseLong(slow.group(1))).isBetween(300L, 490L);
            assertThat(output).contains("spring.beans.instantiate slowDependency");
        }
    }

    @Test
    void recordsNothingUnlessAsked(CapturedOutput output) {
        try (ConfigurableApplicationContext context = start(false)) {
            assertThat(output).doesNotContain("Start-up steps");
        }
    }

    private static ConfigurableApplicationContext start(boolean asked) {
        System.setProperty("kb.startup.steps", String.valueOf(asked));
        try {
            SpringApplication application = new SpringApplication(SlowBeans.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            StartupSteps.recordIfAsked(application);
            return application.run();
        } finally {
            System.clearProperty("kb.startup.steps");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SlowBeans {

        @Bean
        Object slowDependency() throws InterruptedException {
            Thread.sleep(200);
            return new Object();
        }

        @Bean
        Object slowBean(Object slowDependency) throws InterruptedException {
            Thread.sleep(300);
            return slowDependency;
        }
    }
}

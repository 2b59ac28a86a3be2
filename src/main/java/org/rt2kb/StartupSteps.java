package org.rt2kb;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * Where the start's time goes. With {@code -Dkb.startup.steps=true}, Spring records each step of the start and, once
 * the application is ready, this logs the steps and the beans that took longest by their own time (a bean's time less
 * its dependencies', which are steps of their own). The breakdown in docs/performance.md comes from it.
 */
final class StartupSteps implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

    private static final int SHOWN = 15;

    private final BufferingApplicationStartup startup;

    private StartupSteps(BufferingApplicationStartup startup) {
        this.startup = startup;
    }

    static void recordIfAsked(SpringApplication application) {
        if (Boolean.getBoolean("kb.startup.steps")) {
            BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
            application.setApplicationStartup(startup);
            application.addListeners(new StartupSteps(startup));
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
        Map<Long, Duration> children = new HashMap<>();
        for (TimelineEvent each : events) {
            Long parent = each.getStartupStep().getParentId();
            if (parent != null) {
                children.merge(parent, each.getDuration(), Duration::plus);
            }
        }
        Map<String, Long> ownMillis = events.stream()
                .collect(Collectors.groupingBy(
                        StartupSteps::label,
                        Collectors.summingLong(each -> each.getDuration()
                                .minus(children.getOrDefault(
                                        each.getStartupStep().getId(), Duration.ZERO))
                                .toMillis())));
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        log.info("Start-up steps: ready {} ms after the JVM started; the {} longest by their own time:", uptime, SHOWN);
        ownMillis.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(SHOWN)
                .forEach(step -> log.info("  {} ms  {}", step.getValue(), step.getKey()));
    }

    /** The step's name, with the bean it makes, if any. */
    private static String label(TimelineEvent event) {
        StartupStep step = event.getStartupStep();
        for (StartupStep.Tag tag : step.getTags()) {
            if (tag.getKey().equals("beanName")) {
                return step.getName() + " " + tag.getValue();
            }
        }
        return step.getName();
    }
}

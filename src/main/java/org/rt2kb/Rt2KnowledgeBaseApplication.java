package org.rt2kb;

import org.rt2kb.shared.KbProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(KbProperties.class)
public class Rt2KnowledgeBaseApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Rt2KnowledgeBaseApplication.class);
        StartupSteps.recordIfAsked(application);
        application.run(args);
    }
}

package org.rt2kb.web;

import java.time.Clock;
import java.util.Locale;
import org.rt2kb.database.DatabaseAvailability;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The two languages of the knowledge base, where their texts come from, and what every page is given. */
@Configuration
class WebConfig implements WebMvcConfigurer {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        return source;
    }

    /** The time the knowledge base goes by; tests set their own. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** How failures are classified and answered, for pages, the API and the container's error page alike. */
    @Bean
    ErrorStatus errorStatus(ObjectProvider<DatabaseAvailability> database) {
        return new ErrorStatus(database);
    }

    @Bean
    ErrorResponses errorResponses(MessageSource messageSource) {
        return new ErrorResponses(messageSource);
    }

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageChange());
        registry.addInterceptor(new PageAddresses());
    }
}

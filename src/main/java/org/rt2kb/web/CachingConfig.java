package org.rt2kb.web;

import java.time.Clock;
import org.rt2kb.shared.CatalogueGeneration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** HTTP caching of public pages ({@link PublicPageCache}), right after Spring Security, which says who asks. */
@Configuration(proxyBeanMethods = false)
class CachingConfig {

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(
            CatalogueGeneration generation, LocaleResolver localeResolver, Clock clock, ErrorStatus errorStatus) {
        FilterRegistrationBean<PublicPageCache> registration =
                new FilterRegistrationBean<>(new PublicPageCache(generation, localeResolver, clock, errorStatus));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}

package org.rt2kb.web;

import java.time.Clock;
import org.rt2kb.shared.CatalogueGeneration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * HTTP caching of public pages ({@link PublicPageCache}): after the request's parameters are checked and the
 * database is known to answer, before Spring Session (whose filter is at {@code HIGHEST_PRECEDENCE + 50}) and
 * Spring Security, which a page kept for anonymous readers does not need.
 */
@Configuration(proxyBeanMethods = false)
class CachingConfig {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 30;

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(
            CatalogueGeneration generation, LocaleResolver localeResolver, Clock clock, ErrorStatus errorStatus) {
        FilterRegistrationBean<PublicPageCache> registration =
                new FilterRegistrationBean<>(new PublicPageCache(generation, localeResolver, clock, errorStatus));
        registration.setOrder(ORDER);
        return registration;
    }

    /** After the cache, so that the API's answers are kept with the header that opens them to other sites. */
    @Bean
    FilterRegistrationBean<OpenApiAccess> openApiAccess() {
        FilterRegistrationBean<OpenApiAccess> registration = new FilterRegistrationBean<>(new OpenApiAccess());
        registration.setOrder(ORDER + 1);
        return registration;
    }
}

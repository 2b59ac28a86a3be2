package org.rt2kb.security;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Who may do what. The public reads the published catalogue, its pages and its JSON API without signing in, and may
 * send a suggestion or a correction; nothing else is open. The admin area ({@code /admin}) is for the secretariat's accounts:
 * editors curate, administrators also manage accounts, reindex and import.
 */
@Configuration
class SecurityConfig {

    static final String LOGIN = "/login";
    private static final String DOSSIER = "/dossier";
    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);
    static final long ONE_YEAR_IN_SECONDS = 365L * 24 * 60 * 60;

    @Bean
    SecurityFilterChain site(
            HttpSecurity http,
            AccountDetailsService users,
            PasswordEncoder passwordEncoder,
            LoginAttempts attempts,
            SessionRegistry sessions)
            throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return http.authenticationManager(new ProviderManager(new LockingAuthenticationProvider(passwords, attempts)))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.GET, "/actuator/health", "/actuator/health/*", "/actuator/info")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/actuator/health", "/actuator/health/*", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        // The admin rules come before the open reading rule, which would otherwise match them.
                        .requestMatchers(
                                "/admin/users/**", "/admin/reindex/**", "/admin/import/**", "/admin/entries/*/purge")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin", "/admin/**")
                        .hasRole(Role.EDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/suggest", "/suggest/correction", DOSSIER, DOSSIER + "/**")
                        .permitAll()
                        // Reading is open: the pages, the JSON API, static assets, and the 404 page for the rest.
                        .requestMatchers(HttpMethod.GET, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**")
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                // The dossier's buttons sit on pages that every reader shares (kept in the page cache), which cannot
                // carry a token per session. What they change is only this browser's own selection, and the session
                // cookie is SameSite=Lax, so another site's form cannot reach it.
                .csrf(csrf -> csrf.ignoringRequestMatchers(DOSSIER, DOSSIER + "/**"))
                .formLogin(login -> login.loginPage(LOGIN)
                        .failureUrl(LOGIN + "?error")
                        .defaultSuccessUrl("/admin")
                        .permitAll())
                .logout(logout ->
                        logout.logoutUrl("/logout").logoutSuccessUrl("/?logout").permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        // Unlimited sessions, but registered, so that disabling an account ends its sessions.
                        .sessionConcurrency(concurrency -> concurrency
                                .maximumSessions(-1)
                                .sessionRegistry(sessions)
                                .expiredUrl(LOGIN + "?expired")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // Sent over HTTPS only, as the specification wants.
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(ONE_YEAR_IN_SECONDS)))
                .build();
    }

    /**
     * A visitor who is not signed in: an admin page (GET) sends them to the sign-in page, which brings them back
     * after; anything else (a form posted without a session, which cannot be replayed anyway, or a closed actuator
     * endpoint) is refused with 403.
     */
    private static AuthenticationEntryPoint signInFirst() {
        LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint(LOGIN);
        PathPatternRequestMatcher adminPage =
                PathPatternRequestMatcher.withDefaults().matcher("/admin/**");
        return (request, response, ex) -> {
            boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
            if (read && adminPage.matches(request)) {
                loginPage.commence(request, response, ex);
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        };
    }

    /**
     * A request the firewall refuses (a control character in a parameter name, an encoded slash in the path …) is the
     * client's error: 400 and the error page, with one line in the log rather than a stack trace.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            log.info(
                    "{} refused by the firewall: {}",
                    request.getMethod(),
                    rejected.getMessage().replaceAll("\\p{Cntrl}", "?"));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        };
    }

    /** Administrators can do everything editors can. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name())
                .implies(Role.EDITOR.name())
                .build();
    }

    /** bcrypt, stored with its {@code {bcrypt}} prefix so that the algorithm can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The sessions of each account, read from the session store that every node shares. */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }
}

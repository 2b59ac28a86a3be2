package org.rt2kb.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rt2kb.shared.IndexWarmUp;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * While the search index is rebuilt after the start ({@link IndexWarmUp}), searches and lists answer 503 "warming up"
 * with {@code Retry-After}, in the reader's language, rather than a part of their results; every other page is served.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 24)
class IndexWarmingUp extends OncePerRequestFilter {

    private final ObjectProvider<IndexWarmUp> warmUp;
    private final BusyAnswer answer;

    IndexWarmingUp(ObjectProvider<IndexWarmUp> warmUp, LocaleResolver locales, MessageSource messages) {
        this.warmUp = warmUp;
        this.answer = new BusyAnswer(locales, messages);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The path first: every request passes here, and only the index pages need to look the warm-up up.
        if (IndexPages.contains(IndexPages.path(request)) && warming()) {
            answer.send(request, response, BusyAnswer.Reason.WARMING_UP);
        } else {
            chain.doFilter(request, response);
        }
    }

    private boolean warming() {
        IndexWarmUp running = warmUp.getIfAvailable();
        return running != null && running.running();
    }
}

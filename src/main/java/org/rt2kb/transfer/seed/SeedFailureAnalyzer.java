package org.rt2kb.transfer.seed;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports invalid seed files at start as a list of problems, without a stack trace. */
class SeedFailureAnalyzer extends AbstractFailureAnalyzer<SeedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SeedException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Correct the seed files named above (see seeds/README.md for their format), then start again. "
                        + "The database was left untouched.",
                cause);
    }
}

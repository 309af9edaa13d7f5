package io.modelintake.license.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "license")
public interface LicenseConfig {

    Hub hub();

    /** The periodic re-read of the model cards requests rest on. */
    CardRefresh cardRefresh();

    interface CardRefresh {
        /**
         * How often the cards held in the cache are read again from the Hub, e.g. {@code 6h}; {@code off} never (the
         * test profile, where a test runs one pass itself).
         */
        @WithDefault("6h")
        String every();
    }

    /** CivitAI's public REST API, read for requests with {@code model.source} civitai and by file hash. */
    Civitai civitai();

    /** GitHub's REST API, read for the code licence of requests with {@code model.source} github. */
    Github github();

    /** Kaggle's public API, read for the licence, base model and training data of a Kaggle model's variation. */
    Kaggle kaggle();

    interface Civitai {
        /** CivitAI (or a mirror) whose {@code /api/v1/models/{id}} and {@code /api/v1/model-versions/…} answer. */
        @WithDefault("https://civitai.com")
        URI baseUrl();

        /** A CivitAI API key (sent as a bearer token); CivitAI's model endpoints answer without one. */
        Optional<String> token();

        /** How long one CivitAI call may take before it counts as unreachable (a finding, not a failure). */
        @WithDefault("5s")
        Duration timeout();

        /** The cache of CivitAI's answers. */
        Cache cache();
    }

    interface Github {
        /** GitHub's REST API (or GitHub Enterprise's {@code /api/v3}) whose {@code /repos/{owner}/{repo}/license} answers. */
        @WithDefault("https://api.github.com")
        URI baseUrl();

        /** A GitHub token (bearer); without one GitHub allows 60 requests an hour per address. */
        Optional<String> token();

        /** How long one GitHub call may take before it counts as unreachable (a finding, not a failure). */
        @WithDefault("5s")
        Duration timeout();

        /** The cache of GitHub's answers. */
        Cache cache();
    }

    interface Kaggle {
        /** Kaggle (or a mirror) whose {@code /api/v1/models/{owner}/{model}/{framework}/{variation}/get} answers. */
        @WithDefault("https://www.kaggle.com")
        URI baseUrl();

        /** A Kaggle API token (sent as a bearer token); public models answer without one. */
        Optional<String> token();

        /** How long one Kaggle call may take before it counts as unreachable (a finding, not a failure). */
        @WithDefault("5s")
        Duration timeout();

        /** The cache of Kaggle's answers. */
        Cache cache();
    }

    interface Hub {
        /** The Hugging Face Hub (or a mirror) whose {@code /api/models/{repoId}} gives model card metadata. */
        @WithDefault("https://huggingface.co")
        URI baseUrl();

        /** How long one Hub call may take before it counts as unreachable (a finding, not a failure). */
        @WithDefault("5s")
        Duration timeout();

        /** The cache of the Hub's answers, so a burst of requests for one repo asks the Hub once. */
        Cache cache();
    }

    interface Cache {
        /** How many repos' answers are kept at most; beyond that the least used are evicted. */
        @WithDefault("10000")
        long maxEntries();

        /** How long a card read from the Hub is reused before the Hub is asked again. */
        @WithDefault("1h")
        Duration foundTtl();

        /** How long "no such repo" is believed: a repo may be published or made public later. */
        @WithDefault("10m")
        Duration notFoundTtl();

        /**
         * How long an unreachable Hub (time-out, 5xx) is believed: short, so an outage heals soon after the Hub is
         * back, yet requests meanwhile do not each wait for their own time-out.
         */
        @WithDefault("10s")
        Duration unreachableTtl();
    }
}

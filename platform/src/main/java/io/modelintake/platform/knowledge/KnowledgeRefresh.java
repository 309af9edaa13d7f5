package io.modelintake.platform.knowledge;

import io.modelintake.platform.messaging.PlatformConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/** Seeds and loads every {@link KnowledgeService} of the service at start, then follows curation on other replicas. */
@ApplicationScoped
class KnowledgeRefresh {

    private final Instance<KnowledgeService<?, ?>> services;
    private final PlatformConfig platform;

    KnowledgeRefresh(Instance<KnowledgeService<?, ?>> services, PlatformConfig platform) {
        this.services = services;
        this.platform = platform;
    }

    void onStart(@Observes StartupEvent event) {
        services.forEach(service -> service.start(platform.serviceName()));
    }

    @Scheduled(every = "${modelintake.knowledge-refresh:5s}", delayed = "5s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        services.forEach(KnowledgeService::refreshIfChanged);
    }
}

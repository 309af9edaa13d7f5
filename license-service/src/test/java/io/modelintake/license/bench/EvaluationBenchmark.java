package io.modelintake.license.bench;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.license.evaluation.LicenseEvaluation;
import io.modelintake.license.evaluation.LicenseEvaluator;
import io.modelintake.license.evaluation.ModelCardLookup;
import io.modelintake.license.evaluation.ModelCards;
import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.knowledge.LicenseKnowledge;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Evaluations per second on one thread for a realistic mix of requests: catalogue models by repo id, fine-tunes
 * naming their bases, Hugging Face tags and SPDX expressions, with thresholds and jurisdictions. Not a test; run
 * with {@code mvn -pl license-service -am -Pbench process-test-classes} (target: at least 50,000/s).
 */
public final class EvaluationBenchmark {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;

    private EvaluationBenchmark() {
    }

    public static void main(String[] args) {
        KnowledgeSnapshot knowledge = LicenseKnowledge.loadBundled();
        LicenseEvaluator evaluator = new LicenseEvaluator();
        ModelCards offline = repoId -> new ModelCardLookup.NotFound(repoId, "offline benchmark");
        List<ModelRequest> mix = mix();

        run(evaluator, offline, knowledge, mix, WARM_UP_NANOS);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long[] result = run(evaluator, offline, knowledge, mix, MEASURE_NANOS);
        long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        // CPU time as well as wall time: on a shared machine the wall-clock rate mostly measures the neighbours
        System.out.printf("license evaluation: %,d evaluations in %.2f s on one thread = %,.0f evaluations/s wall clock,"
                        + " %,.0f evaluations per CPU second (%d request shapes, %,d findings, knowledge %s)%n",
                result[0], result[1] / 1e9, result[0] * 1e9 / result[1], result[0] * 1e9 / cpu, mix.size(), result[2],
                knowledge.version());
    }

    private static long[] run(LicenseEvaluator evaluator, ModelCards cards, KnowledgeSnapshot knowledge,
            List<ModelRequest> mix, long nanos) {
        long count = 0;
        long findings = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (ModelRequest request : mix) {
                LicenseEvaluation evaluation = evaluator.evaluate(request, cards, knowledge);
                findings += evaluation.findings().size();
            }
            count += mix.size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < nanos);
        return new long[] {count, elapsed, findings};
    }

    private static List<ModelRequest> mix() {
        List<ModelRequest> mix = new ArrayList<>();
        add(mix, "RunDiffusion/Juggernaut-XL-v9", "creativeml-openrail-m", List.of("stabilityai/stable-diffusion-xl-base-1.0"),
                List.of(Activity.SERVE_AS_API, Activity.SELL_OUTPUTS), List.of("US", "EU"), 5_000L, null);
        add(mix, "meta-llama/Llama-3.1-8B-Instruct", null, List.of(), List.of(Activity.COMMERCIAL_PRODUCT,
                Activity.FINE_TUNE), List.of("US"), 2_000_000L, 50_000_000L);
        add(mix, "meta-llama/Llama-3.2-11B-Vision-Instruct", "llama3.2", List.of(), List.of(Activity.SERVE_AS_API),
                List.of("DE", "US"), 10_000L, null);
        add(mix, "microsoft/resnet-50", "apache-2.0", List.of(), List.of(Activity.INTERNAL_TOOL,
                Activity.COMMERCIAL_PRODUCT), List.of("JP"), null, null);
        add(mix, "laion/CLIP-ViT-H-14-laion2B-s32B-b79K", null, List.of(), List.of(Activity.INTERNAL_RESEARCH),
                List.of("EU"), null, null);
        add(mix, "acme/sd15-product-shots", "mit", List.of("runwayml/stable-diffusion-v1-5"),
                List.of(Activity.SERVE_AS_API, Activity.REDISTRIBUTE_WEIGHTS), List.of("US"), 20_000L, 3_000_000L);
        add(mix, "stabilityai/stable-diffusion-3.5-large", null, List.of(), List.of(Activity.COMMERCIAL_PRODUCT),
                List.of("GB"), 1_000L, 2_500_000L);
        add(mix, "black-forest-labs/FLUX.1-dev", "other", List.of(), List.of(Activity.SELL_OUTPUTS), List.of("US"),
                null, null);
        add(mix, "Ultralytics/YOLOv8", "agpl-3.0", List.of(), List.of(Activity.SERVE_AS_API), List.of("US"), null, null);
        add(mix, null, "MIT OR CC-BY-NC-4.0", List.of(), List.of(Activity.COMMERCIAL_PRODUCT, Activity.DISTILL),
                List.of("US"), null, null);
        add(mix, null, "Apache-2.0 AND CC-BY-SA-4.0", List.of(), List.of(Activity.REDISTRIBUTE_WEIGHTS),
                List.of("FR"), null, null);
        add(mix, "google/gemma-2-9b-it", null, List.of(), List.of(Activity.DISTILL, Activity.SERVE_AS_API),
                List.of("US"), 100_000L, null);
        return mix;
    }

    private static void add(List<ModelRequest> mix, String repoId, String license, List<String> bases,
            List<Activity> activities, List<String> jurisdictions, Long users, Long revenue) {
        String licenseName = "other".equals(license) ? "flux-1-dev-non-commercial-license" : null;
        ModelSpec model = new ModelSpec(repoId == null ? "in-house" : repoId, repoId == null ? "other" : "huggingface",
                repoId, "main", license, licenseName, null, bases, List.of());
        mix.add(new ModelRequest(UUID.nameUUIDFromBytes(String.valueOf(mix.size()).getBytes()), "alice",
                Instant.EPOCH, model, new IntendedUse(activities, jurisdictions, users, revenue, "benchmark")));
    }
}

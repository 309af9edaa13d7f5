package io.modelintake.contracts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a model's weights are at a source other than the Hugging Face Hub, parsed from {@code model.sourceRef}:
 * a CivitAI model or model version, a GitHub repository, a Kaggle model's variation, or pretrained weights of a
 * framework's hub. Parsed at the edge (intake-service rejects what does
 * not parse) and again where the source is asked (license-service).
 */
public sealed interface SourceRef {

    /** The model source that names CivitAI ({@code model.source}). */
    String CIVITAI = "civitai";
    /** The model source that names GitHub ({@code model.source}). */
    String GITHUB = "github";
    /** The model source that names Kaggle Models, TF Hub's successor ({@code model.source}). */
    String KAGGLE = "kaggle";
    /** The framework weight hubs whose pretrained weights are named by the framework's own name for them. */
    Set<String> FRAMEWORK_HUBS = Set.of("torchvision", "timm", "keras");

    /** A stable id for findings and the lineage, e.g. {@code civitai:4201@501240} or {@code github:NVlabs/stylegan3}. */
    String id();

    /** The page a human opens to check what the source says. */
    String pageUrl();

    /**
     * A CivitAI model ({@code modelId}), one of its versions, or both; at least one is set. Forms: a model page
     * ({@code https://civitai.com/models/4201/slug?modelVersionId=501240}), a download or API URL naming a version
     * ({@code https://civitai.com/api/download/models/501240}, {@code /api/v1/model-versions/501240}), CivitAI's
     * AIR ({@code urn:air:sd1:lora:civitai:4201@501240} or {@code civitai:4201@501240}), {@code 4201@501240}, a
     * bare model id {@code 4201}, or {@code version:501240}.
     */
    record Civitai(Long modelId, Long versionId) implements SourceRef {

        private static final Pattern MODEL_PAGE = Pattern.compile(
                "https?://(?:www\\.)?civitai\\.com/(?:api/v1/)?models/(\\d+)(?:[/?#].*)?", Pattern.CASE_INSENSITIVE);
        private static final Pattern VERSION_PARAM = Pattern.compile("[?&]modelVersionId=(\\d+)");
        private static final Pattern VERSION_URL = Pattern.compile(
                "https?://(?:www\\.)?civitai\\.com/(?:api/download/models|api/v1/model-versions|model-versions)/(\\d+)(?:[/?#].*)?",
                Pattern.CASE_INSENSITIVE);
        private static final Pattern AIR = Pattern.compile(
                "(?:urn:air:[\\w.-]+:[\\w.-]+:)?civitai:(\\d+)@(\\d+)", Pattern.CASE_INSENSITIVE);
        private static final Pattern MODEL_AT_VERSION = Pattern.compile("(\\d+)@(\\d+)");
        private static final Pattern MODEL_ID = Pattern.compile("(?:model:)?(\\d+)", Pattern.CASE_INSENSITIVE);
        private static final Pattern VERSION_ID = Pattern.compile("version:(\\d+)", Pattern.CASE_INSENSITIVE);

        public Civitai {
            if (modelId == null && versionId == null) {
                throw new IllegalArgumentException("a CivitAI reference needs a model id or a version id");
            }
        }

        public static Optional<Civitai> parse(String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            String ref = text.trim();
            try {
                Matcher matcher = MODEL_PAGE.matcher(ref);
                if (matcher.matches()) {
                    Matcher version = VERSION_PARAM.matcher(ref);
                    return Optional.of(new Civitai(Long.valueOf(matcher.group(1)),
                            version.find() ? Long.valueOf(version.group(1)) : null));
                }
                if ((matcher = VERSION_URL.matcher(ref)).matches() || (matcher = VERSION_ID.matcher(ref)).matches()) {
                    return Optional.of(new Civitai(null, Long.valueOf(matcher.group(1))));
                }
                if ((matcher = AIR.matcher(ref)).matches() || (matcher = MODEL_AT_VERSION.matcher(ref)).matches()) {
                    return Optional.of(new Civitai(Long.valueOf(matcher.group(1)), Long.valueOf(matcher.group(2))));
                }
                if ((matcher = MODEL_ID.matcher(ref)).matches()) {
                    return Optional.of(new Civitai(Long.valueOf(matcher.group(1)), null));
                }
            } catch (NumberFormatException e) {
                return Optional.empty(); // more digits than a long holds
            }
            return Optional.empty();
        }

        @Override
        public String id() {
            return "civitai:" + (modelId == null ? "version-" + versionId : modelId + (versionId == null ? "" : "@" + versionId));
        }

        @Override
        public String pageUrl() {
            return modelId == null ? "https://civitai.com/api/download/models/" + versionId
                    : "https://civitai.com/models/" + modelId + (versionId == null ? "" : "?modelVersionId=" + versionId);
        }
    }

    /** A GitHub repository: {@code https://github.com/owner/repo} (any path below it), {@code github.com/owner/repo} or {@code owner/repo}. */
    record Github(String owner, String repo) implements SourceRef {

        private static final Pattern REPOSITORY = Pattern.compile(
                "(?:(?:https?://)?(?:www\\.)?github\\.com/)?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/([A-Za-z0-9._-]{1,100}?)(?:\\.git)?(?:[/?#].*)?",
                Pattern.CASE_INSENSITIVE);

        public static Optional<Github> parse(String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            Matcher matcher = REPOSITORY.matcher(text.trim());
            if (!matcher.matches() || matcher.group(2).equals(".") || matcher.group(2).equals("..")) {
                return Optional.empty();
            }
            return Optional.of(new Github(matcher.group(1), matcher.group(2)));
        }

        /** {@code owner/repo}, the form GitHub's API and the known-models catalogue use. */
        public String fullName() {
            return owner + "/" + repo;
        }

        @Override
        public String id() {
            return "github:" + fullName();
        }

        @Override
        public String pageUrl() {
            return "https://github.com/" + fullName();
        }
    }

    /**
     * A variation of a Kaggle model (Kaggle's "instance": one framework and variation of the model), by its handle
     * {@code owner/model/framework/variation} (kagglehub's, optionally with {@code /version}) or its page
     * {@code https://www.kaggle.com/models/google/gemma/keras/gemma_2b_en}. TF Hub's models moved to Kaggle Models.
     */
    record Kaggle(String owner, String model, String framework, String variation) implements SourceRef {

        private static final Pattern HANDLE = Pattern.compile(
                "(?:https?://(?:www\\.)?kaggle\\.com/models/)?([\\w.-]{1,100})/([\\w.-]{1,100})/([\\w.-]{1,50})/([\\w.-]{1,100})"
                        + "(?:/(?:versions/)?\\d+)?/?(?:[?#].*)?", Pattern.CASE_INSENSITIVE);

        public static Optional<Kaggle> parse(String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            Matcher matcher = HANDLE.matcher(text.trim());
            if (!matcher.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Kaggle(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4)));
        }

        /** {@code owner/model/framework/variation}, the handle Kaggle's API and kagglehub use. */
        public String handle() {
            return owner + "/" + model + "/" + framework + "/" + variation;
        }

        @Override
        public String id() {
            return "kaggle:" + handle();
        }

        @Override
        public String pageUrl() {
            return "https://www.kaggle.com/models/" + handle();
        }
    }

    /**
     * Pretrained weights of a framework's hub, by the framework's own name for them: torchvision's
     * {@code resnet50.IMAGENET1K_V2} (builder and weights enum), timm's {@code resnet50.a1_in1k}, Keras
     * Applications' {@code ResNet50} (its {@code weights="imagenet"}).
     */
    record FrameworkWeights(String hub, String weights) implements SourceRef {

        private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,199}");

        public static Optional<FrameworkWeights> parse(String hub, String text) {
            if (text == null || !NAME.matcher(text.trim()).matches()) {
                return Optional.empty();
            }
            return Optional.of(new FrameworkWeights(hub.toLowerCase(Locale.ROOT), text.trim()));
        }

        @Override
        public String id() {
            return hub + ":" + weights;
        }

        @Override
        public String pageUrl() {
            return switch (hub) {
                case "timm" -> "https://huggingface.co/timm/" + weights;
                case "keras" -> "https://keras.io/api/applications/";
                default -> "https://pytorch.org/vision/stable/models.html";
            };
        }
    }

    /** The reference {@code text} names at {@code source}; empty when the source takes no reference or it does not parse. */
    static Optional<SourceRef> parse(String source, String text) {
        if (source == null) {
            return Optional.empty();
        }
        String name = source.toLowerCase(Locale.ROOT);
        if (FRAMEWORK_HUBS.contains(name)) {
            return FrameworkWeights.parse(name, text).map(SourceRef.class::cast);
        }
        return switch (name) {
            case CIVITAI -> Civitai.parse(text).map(SourceRef.class::cast);
            case GITHUB -> Github.parse(text).map(SourceRef.class::cast);
            case KAGGLE -> Kaggle.parse(text).map(SourceRef.class::cast);
            default -> Optional.empty();
        };
    }

    /** Whether {@code source} is one whose facts are read through {@code sourceRef}. */
    static boolean takesRef(String source) {
        return CIVITAI.equalsIgnoreCase(source) || GITHUB.equalsIgnoreCase(source) || KAGGLE.equalsIgnoreCase(source)
                || source != null && FRAMEWORK_HUBS.contains(source.toLowerCase(Locale.ROOT));
    }
}

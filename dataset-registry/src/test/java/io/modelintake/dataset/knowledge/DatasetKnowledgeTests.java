package io.modelintake.dataset.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.contracts.Activity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetKnowledgeTests {

    private final DatasetSnapshot snapshot = DatasetKnowledge.loadBundled();

    @Test
    void bundledKnowledgeLoadsWithAVersionAndAtLeastFortyDatasets() {
        assertThat(snapshot.version()).isNotBlank();
        assertThat(snapshot.datasets()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(snapshot.sources()).extracting(DataSourceEntry::id)
                .contains("flickr", "web", "wikipedia", "pixabay", "unsplash", "openai-outputs", "smashwords-books", "github-code", "youtube", "librivox");
        assertThat(snapshot.jurisdictions()).extracting(JurisdictionNote::id).contains("JP", "EU", "US", "UK", "SG", "CN");
    }

    @Test
    void everyDatasetCoversEveryActivityWithAClauseAndIsCitable() {
        assertThat(snapshot.datasets()).allSatisfy(dataset -> {
            assertThat(dataset.activities().keySet()).as(dataset.id()).containsExactlyInAnyOrder(Activity.values());
            assertThat(dataset.activities().values()).as(dataset.id()).allSatisfy(term -> assertThat(term.clause()).isNotBlank());
            assertThat(dataset.sourceUrl()).as(dataset.id()).startsWith("http");
            assertThat(dataset.checked()).as(dataset.id()).isNotNull();
        });
    }

    @ParameterizedTest(name = "{0} resolves to {1}")
    @CsvSource({
            "imagenet-1k, imagenet-1k", "ILSVRC2012, imagenet-1k", "ILSVRC/imagenet-1k, imagenet-1k", "ilsvrc/IMAGENET-1K, imagenet-1k",
            "laion/laion2B-en, laion-2b-en", "LAION2B-EN, laion-2b-en", "https://huggingface.co/datasets/laion/laion2B-en, laion-2b-en",
            "ffhq, ffhq", "FFHQ, ffhq", "datasets/allenai/c4, c4", "bigcode/the-stack, the-stack", "mozilla-foundation/common_voice_11_0, common-voice",
            "tatsu-lab/alpaca, alpaca", "OpenAssistant/oasst1, oasst1", "ms1mv2, ms-celeb-1m", "cc3m, conceptual-captions",
            "HuggingFaceFW/fineweb, fineweb", "cifar10, cifar-10", "mscoco, coco", "kitti, kitti", "facebook/flores, flores-200"
    })
    void aliasesResolveCaseInsensitively(String alias, String id) {
        assertThat(snapshot.dataset(alias)).map(DatasetEntry::id).contains(id);
    }

    @Test
    void everyDatasetStatesItsModalityInSpdxWordsAndSomeHowTheyAreObtained() {
        assertThat(snapshot.datasets()).allSatisfy(dataset -> assertThat(dataset.datasetTypes()).as(dataset.id())
                .isNotEmpty().isSubsetOf(DatasetEntry.DATASET_TYPES));
        assertThat(snapshot.dataset("imagenet-1k").orElseThrow())
                .extracting(DatasetEntry::datasetTypes, DatasetEntry::availability)
                .containsExactly(List.of("image"), "registration");
        assertThat(snapshot.dataset("laion/laion2B-en").orElseThrow())
                .extracting(DatasetEntry::datasetTypes, DatasetEntry::availability)
                .containsExactly(List.of("image", "text"), "scrapingScript");
        assertThat(snapshot.dataset("librispeech").orElseThrow().datasetTypes()).containsExactly("audio", "text");
        assertThat(snapshot.dataset("c4").orElseThrow().availability()).as("the card does not say: left out").isNull();
    }

    @Test
    void requiredDatasetsArePresent() {
        List<String> required = List.of("imagenet-1k", "imagenet-21k", "cifar-10", "cifar-100", "mnist", "fashion-mnist", "coco", "open-images",
                "cityscapes", "pascal-voc", "ade20k", "kitti", "places365", "ffhq", "celeba", "celeba-hq", "vggface2", "lfw", "ms-celeb-1m",
                "laion-400m", "laion-2b-en", "laion-5b", "datacomp", "conceptual-captions", "yfcc100m", "common-crawl", "c4", "the-pile",
                "redpajama", "refinedweb", "fineweb", "wikipedia", "bookcorpus", "openwebtext", "squad", "the-stack", "librispeech",
                "common-voice", "voxceleb", "alpaca", "oasst1", "sharegpt", "flores-200");
        assertThat(required).allSatisfy(id -> assertThat(snapshot.dataset(id)).as(id).isPresent());
    }

    @Test
    void entriesRoundTripThroughJsonAndRebuildTheSameSnapshot() throws Exception {
        ObjectMapper mapper = DatasetKnowledge.mapper();
        DatasetEntry imagenet = snapshot.dataset("imagenet-1k").orElseThrow();
        DatasetEntry read = mapper.readValue(mapper.writeValueAsString(imagenet), DatasetEntry.class);
        assertThat(read).isEqualTo(imagenet);

        DatasetSnapshot rebuilt = DatasetSnapshot.of("db-1", snapshot.datasets(), snapshot.sources(), snapshot.jurisdictions());
        assertThat(rebuilt.datasets()).containsExactlyElementsOf(snapshot.datasets());
        assertThat(rebuilt.version()).isEqualTo("db-1");
    }

    @Test
    void replacingOneDatasetGivesANewVersionAndKeepsTheOthers() {
        DatasetEntry ffhq = snapshot.dataset("ffhq").orElseThrow();
        DatasetEntry renamed = new DatasetEntry(ffhq.id(), "FFHQ (curated)", ffhq.aliases(), ffhq.license(), ffhq.termsText(), ffhq.termsKind(),
                ffhq.status(), ffhq.statusNote(), ffhq.withdrawalReason(), ffhq.flags(), ffhq.sources(), ffhq.activities(), ffhq.sourceUrl(), ffhq.moreUrls(),
                ffhq.checked(), ffhq.note());

        DatasetSnapshot next = snapshot.withDataset(renamed, "2026-11-26.2");

        assertThat(next.version()).isEqualTo("2026-11-26.2");
        assertThat(next.dataset("FFHQ")).map(DatasetEntry::name).contains("FFHQ (curated)");
        assertThat(next.datasets()).hasSameSizeAs(snapshot.datasets());
        assertThat(snapshot.dataset("ffhq")).map(DatasetEntry::name).contains("Flickr-Faces-HQ (FFHQ)");
    }
}

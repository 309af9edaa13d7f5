package io.modelintake.intake.messaging;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.ModelSpec;
import java.util.List;

final class SampleRequest {
    static final ModelSpec MODEL = new ModelSpec("ResNet-50", "huggingface", "microsoft/resnet-50", "main", "apache-2.0",
            null, null, List.of(), List.of("imagenet-1k"));
    static final IntendedUse USE = new IntendedUse(List.of(Activity.INTERNAL_RESEARCH), List.of("DE"), null, null, "test");

    private SampleRequest() {
    }
}

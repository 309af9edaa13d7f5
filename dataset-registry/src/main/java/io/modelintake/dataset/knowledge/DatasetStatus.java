package io.modelintake.dataset.knowledge;

public enum DatasetStatus {
    AVAILABLE,
    /** No longer distributed by its creators (e.g. taken down after a removal request). */
    WITHDRAWN,
    /** Withdrawn by its creators with a statement that it should no longer be used. */
    RETRACTED
}

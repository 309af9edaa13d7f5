package io.modelintake.dataset.assessment;

import io.modelintake.dataset.knowledge.DatasetEntry;

/** A known dataset as the lineage or the request named it ({@code asNamed}), and the model whose card named it. */
record ResolvedDataset(DatasetEntry entry, String asNamed, String namedBy) {
}

package io.modelintake.dataset.knowledge;

/** A way a rights holder can keep works out of training, e.g. robots.txt or an EU DSM Art. 4(3) reservation. */
public record OptOut(String mechanism, String description, String url) {
}

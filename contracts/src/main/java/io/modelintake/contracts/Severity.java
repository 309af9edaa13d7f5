package io.modelintake.contracts;

public enum Severity {
    INFO,
    WARNING,
    HIGH,
    BLOCKER
}

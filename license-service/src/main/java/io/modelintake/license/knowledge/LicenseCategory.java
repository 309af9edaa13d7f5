package io.modelintake.license.knowledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The family a licence belongs to; rules may ask "is this licence in category X" (ORT's classifications). */
public enum LicenseCategory {
    PERMISSIVE("permissive"),
    WEAK_COPYLEFT("weak-copyleft"),
    STRONG_COPYLEFT("strong-copyleft"),
    NETWORK_COPYLEFT("network-copyleft"),
    OPEN_RAIL("open-rail"),
    COMMUNITY_MODEL_LICENCE("community-model-licence"),
    NON_COMMERCIAL("non-commercial"),
    RESEARCH_ONLY("research-only"),
    OPEN_DATA("open-data");

    private final String json;

    LicenseCategory(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static LicenseCategory fromJson(String value) {
        for (LicenseCategory category : values()) {
            if (category.json.equalsIgnoreCase(value) || category.name().equalsIgnoreCase(value)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown licence category: " + value);
    }
}

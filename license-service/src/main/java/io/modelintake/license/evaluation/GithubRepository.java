package io.modelintake.license.evaluation;

/**
 * A GitHub repository's licence as {@code GET /repos/{owner}/{repo}/license} states it: GitHub's detection of its
 * licence file ({@code license.spdx_id}, {@code NOASSERTION} when the file matches no licence GitHub knows) and the
 * file's address. This is the code's licence; whether the weights published beside the code carry the same one is
 * not something GitHub says. {@code spdxId} is null when no licence file was detected.
 */
public record GithubRepository(
        String owner,
        String repo,
        String spdxId,
        String licenseName,
        String licenseFile,
        String licenseFileUrl) implements SourceFacts {

    /** GitHub's answer when the licence file matches no licence it knows. */
    public static final String NO_ASSERTION = "NOASSERTION";

    public String fullName() {
        return owner + "/" + repo;
    }

    /** Whether GitHub identified the licence file as a licence it knows. */
    public boolean licenseRecognised() {
        return spdxId != null && !spdxId.isBlank() && !NO_ASSERTION.equalsIgnoreCase(spdxId);
    }
}

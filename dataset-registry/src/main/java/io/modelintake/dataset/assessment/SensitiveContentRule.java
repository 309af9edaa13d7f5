package io.modelintake.dataset.assessment;

import io.modelintake.contracts.Citation;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import io.modelintake.dataset.knowledge.ContentFlag;
import io.modelintake.dataset.knowledge.DatasetEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * What a dataset contains beyond its copyright terms: personal data, faces, possibly minors, unlicensed works.
 * These hold for every activity and jurisdiction; the jurisdiction notes add what each law makes of them.
 */
final class SensitiveContentRule {

    private static final String GDPR = "https://eur-lex.europa.eu/eli/reg/2016/679/oj";
    private static final String EDPB_OPINION = "https://www.edpb.europa.eu/our-work-tools/our-documents/opinion-board-art-64/opinion-282024-certain-data-protection-aspects_en";

    List<Finding> assess(ResolvedDataset dataset, Assessment assessment) {
        DatasetEntry entry = dataset.entry();
        Subject subject = new Subject(SubjectKind.DATASET, entry.id(), List.of(dataset.namedBy(), dataset.asNamed()));
        List<Finding> findings = new ArrayList<>();
        if (entry.has(ContentFlag.PERSONAL_DATA)) {
            findings.add(assessment.trainsItself()
                    ? new Finding("DATASET_CONTAINS_PERSONAL_DATA", Severity.HIGH, subject, null, null, Verdict.CONDITIONAL,
                            entry.name() + " contains personal data; training on it is processing of personal data for which the company "
                                    + "is controller and needs a legal basis, transparency and a way to honour data-subject rights.",
                            List.of("document a legal basis for training (e.g. GDPR Art. 6(1)(f) legitimate interests with a balancing test)",
                                    "minimise or filter personal data before training",
                                    "provide a way to honour access, erasure and objection requests (GDPR Arts 15, 17, 21)"),
                            List.of(new Citation(GDPR, "GDPR Art. 6(1)"), new Citation(GDPR, "GDPR Art. 14 and Arts 15-21")),
                            "DATASET_PERSONAL_DATA_IN_TRAINING")
                    : new Finding("DATASET_CONTAINS_PERSONAL_DATA", Severity.WARNING, subject, null, null, Verdict.CONDITIONAL,
                            entry.name() + " contains personal data; a model trained on it may memorise and reproduce some of it, "
                                    + "so a deployer must check whether the model is anonymous before relying on that.",
                            List.of("test the model for regurgitation of personal data and filter outputs",
                                    "ask the model provider how personal data was handled in training"),
                            List.of(new Citation(EDPB_OPINION, "EDPB Opinion 28/2024, anonymity of AI models"), new Citation(GDPR, "GDPR Art. 6(1)")),
                            "DATASET_PERSONAL_DATA_IN_WEIGHTS"));
        }
        if (entry.has(ContentFlag.FACES_BIOMETRICS)) {
            findings.add(new Finding("DATASET_CONTAINS_FACES", Severity.HIGH, subject, null, null, Verdict.CONDITIONAL,
                    entry.name() + " contains images of real people's faces, collected without model releases. Processed to identify "
                            + "people they are biometric data, a special category of personal data; depicting or imitating a real person "
                            + "in a product or an advertisement may need that person's consent (rights of publicity and personality).",
                    List.of("do not use the model to identify or verify people without a GDPR Art. 9(2) exception and a DPIA",
                            "do not generate or sell likenesses of identifiable real people without their consent"),
                    List.of(new Citation(GDPR, "GDPR Art. 4(14), Art. 9(1), Recital 51")),
                    "DATASET_FACES_NO_MODEL_RELEASES"));
        }
        if (entry.has(ContentFlag.MINORS_POSSIBLE)) {
            findings.add(new Finding("DATASET_MAY_CONTAIN_MINORS", Severity.HIGH, subject, null, null, Verdict.CONDITIONAL,
                    entry.name() + " may contain images or data of children, who merit specific protection; nobody obtained "
                            + "a parent's consent for their inclusion.",
                    List.of("filter content depicting minors where the use allows", "block generation of minors' likenesses and sexualised content"),
                    List.of(new Citation(GDPR, "GDPR Recital 38, Art. 8")),
                    "DATASET_MINORS_POSSIBLE"));
        }
        if (entry.has(ContentFlag.COPYRIGHTED_WORKS)) {
            findings.add(new Finding("DATASET_CONTAINS_UNLICENSED_WORKS", Severity.WARNING, subject, null, null, Verdict.UNSPECIFIED,
                    entry.name() + " contains copyrighted works whose authors licensed nothing for training; whether training and "
                            + "the use of the resulting model are lawful rests on each jurisdiction's exceptions (see the jurisdiction findings).",
                    List.of("name every jurisdiction the model is trained and used in, so the exceptions can be assessed"),
                    List.of(new Citation(entry.sourceUrl(), "dataset description: content collected from third-party works")),
                    "DATASET_COPYRIGHTED_WORKS_WITHOUT_LICENCE"));
        }
        return findings;
    }
}

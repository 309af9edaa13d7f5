package io.modelintake.platform.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.platform.knowledge.KnowledgeTexts.Verbatim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What counts as verbatim and as an existing section, on the shapes the stored texts take. */
class KnowledgeTextsTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                          | text                                                                   | quote                                         | found
            same words, other line breaks   | You must give any other\\n   recipients a copy                           | You must give any other recipients a copy     | true
            typographic quotes and dashes   | include \u201cLlama\u201d at the beginning \u2013 always                           | include "Llama" at the beginning - always     | true
            Markdown bold and escapes       | 1\\. **License Rights and Redistribution**.                             | 1. License Rights and Redistribution.         | true
            Markdown link as its text       | licensed under [CC BY 4.0](https://creativecommons.org/) license         | licensed under CC BY 4.0 license              | true
            HTML tags as their text         | licensed under a <a href="x">Creative Commons</a> License               | licensed under a Creative Commons License     | true
            ellipsis joins parts in order   | 1. Non-commercial only. 2. No warranty. 4. Colleagues must agree.      | 1. Non-commercial only. ... 4. Colleagues     | true
            parts out of order              | 1. Non-commercial only. 2. No warranty. 4. Colleagues must agree.      | 4. Colleagues ... 1. Non-commercial           | false
            a word changed                  | Permission is hereby granted, free of charge                            | Permission is hereby granted, for a fee       | false
            case matters                    | The act of running the Program is not restricted                       | the act of running the Program                | false
            """)
    void aQuoteIsVerbatimUpToRendering(String name, String text, String quote, boolean found) {
        assertThat(Verbatim.contains(text.replace("\\n", "\n"), quote)).as(name).isEqualTo(found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                               | text                                                              | reference     | exists
            numbered heading with sub-letter     | 4. Restrictions.\\n a. ShareAlike.\\n b. Attribution.\\n c. NonCommercial. | §4(c)        | true
            sub-letter missing                   | 4. Restrictions.\\n a. ShareAlike.\\n b. Attribution.                 | §4(c)         | false
            Llama-style dotted reference         | 1. License Rights.\\n b. Redistribution.\\n iv. Your use must comply. | §1.b.iv       | true
            Section word and decimal number      | Section 3.1 Distribution. You may distribute                      | Section 3.1   | true
            parenthesised number                 | (10) Any use, modification and distribution                       | §10           | true
            number opening a sentence            | terms and conditions: 1. Researcher shall use the Database only    | §1            | true
            absent number                        | 1. Definitions.\\n 2. Grant.                                        | §7            | false
            attachment                           | ATTACHMENT A\\n Use Restrictions                                    | Attachment A  | true
            """)
    void aCitedSectionExistsWhenItsNumberAndLabelsDo(String name, String text, String reference, boolean exists) {
        assertThat(Verbatim.hasSection(text.replace("\\n", "\n"), reference)).as(name).isEqualTo(exists);
    }
}

package io.modelintake.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string holding a character PostgreSQL cannot store. A {@link MismatchedInputException}, so that Jackson
 * records the path of the field it sits in as it unwinds.
 */
public class UnstorableTextException extends MismatchedInputException {

    UnstorableTextException(JsonParser parser) {
        super(parser, StorableText.NUL_REFUSED, String.class);
    }
}

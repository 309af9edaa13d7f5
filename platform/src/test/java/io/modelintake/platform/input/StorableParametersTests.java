package io.modelintake.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelintake.platform.problem.Problem;
import io.modelintake.platform.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Query parameters and form fields holding a NUL are a validation problem naming the parameter. */
class StorableParametersTests {

    @Test
    void aNulInAnyValueNamesItsParameter() {
        assertThatThrownBy(() -> StorableParameters.refuseNul(
                parameters(Map.of("decision", List.of("APPROVE"), "justification", List.of("ok", "not\0ok"))), "form"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.violations()).containsExactly(
                            new Problem.Violation("justification", StorableText.NUL_REFUSED));
                });
    }

    @Test
    void aNulInAParameterNameNamesWhereItCameFrom() {
        assertThatThrownBy(() -> StorableParameters.refuseNul(parameters(Map.of("mo\0del", List.of("x"))), "query"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.violations())
                        .extracting(Problem.Violation::field).containsExactly("query"));
    }

    @Test
    void aPostedFormWithANulIsRefusedAndAnyOtherBodyPassesUntouched() {
        MultivaluedMap<String, String> form = parameters(Map.of("conditions", List.of("Attribution\n\0")));
        assertThatThrownBy(() -> new StorableFormFields().aroundReadFrom(reading(form, MediaType.APPLICATION_FORM_URLENCODED_TYPE)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.violations())
                        .extracting(Problem.Violation::field).containsExactly("conditions"));

        MultivaluedMap<String, String> clean = parameters(Map.of("conditions", List.of("Attribution")));
        assertThatCode(() -> assertThat(new StorableFormFields()
                .aroundReadFrom(reading(clean, MediaType.APPLICATION_FORM_URLENCODED_TYPE))).isSameAs(clean))
                .doesNotThrowAnyException();
    }

    private static MultivaluedMap<String, String> parameters(Map<String, List<String>> values) {
        MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
        values.forEach(map::addAll);
        return map;
    }

    /** A reader context whose reader yields {@code body}; nothing else of it is used. */
    private static ReaderInterceptorContext reading(Object body, MediaType mediaType) {
        return (ReaderInterceptorContext) Proxy.newProxyInstance(StorableParametersTests.class.getClassLoader(),
                new Class<?>[] {ReaderInterceptorContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "proceed" -> body;
                    case "getMediaType" -> mediaType;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
